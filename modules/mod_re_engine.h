/*
 * mod_re_engine.h -- the backtracking matcher's body, included twice by
 * mod_re_exec.c: once for subjects read one byte per character (bytes,
 * ASCII str) and once for decoded code points.  Before including, define
 * RE_CHAR (the character type) and RE_FN(name) (the suffixed name).
 *
 * The matcher is an explicit loop over the program: every choice point
 * (an alternative, a repeat that may give back a character, a loop that
 * may stop or go on, an assertion's barrier) and every register change
 * (so that backtracking restores captures) is pushed on e->stack, never
 * on the C stack.  Invariant: when a choice point is resumed, every
 * register holds what it held when the choice point was pushed (the
 * RESTORE entries above it were popped first).
 */

/* The fold of c for IGNORECASE comparisons; ASCII without a call. */
static inline uint32_t RE_FN(fold)(uint32_t c, bool uni)
{
    if (c < 128)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    return re_fold(c, uni);
}

/* Does the single-character instruction ins match c? */
static inline bool RE_FN(one)(const re_prog *prog, const int32_t *ins, uint32_t c)
{
    switch (ins[0]) {
    case RE_CHAR: return c == (uint32_t)ins[1];
    case RE_CHAR_I: return RE_FN(fold)(c, prog->uni) == (uint32_t)ins[1];
    case RE_NOTCHAR: return c != (uint32_t)ins[1];
    case RE_NOTCHAR_I: return RE_FN(fold)(c, prog->uni) != (uint32_t)ins[1];
    case RE_ANY: return c != '\n';
    case RE_ANYALL: return true;
    default: return re_class_test(&prog->classes[ins[1]], c);
    }
}

/* How many times (at most max) ins matches from p on. */
static intptr_t RE_FN(count)(const re_exec *e, const int32_t *ins, intptr_t p, intptr_t max)
{
    const RE_CTYPE *s = e->subj->chars;
    intptr_t lim = e->end - p < max ? e->end : p + max, q = p;
    switch (ins[0]) {
    case RE_CHAR: {
        uint32_t c = (uint32_t)ins[1];
        while (q < lim && s[q] == c)
            q++;
        break;
    }
    case RE_ANY:
        while (q < lim && s[q] != '\n')
            q++;
        break;
    case RE_ANYALL:
        q = lim;
        break;
    case RE_CLASS: {
        const re_class *k = &e->prog->classes[ins[1]];
        while (q < lim && re_class_test(k, s[q]))
            q++;
        break;
    }
    default:
        while (q < lim && RE_FN(one)(e->prog, ins, s[q]))
            q++;
        break;
    }
    return q - p;
}

static bool RE_FN(at)(const re_exec *e, int kind, intptr_t p)
{
    const RE_CTYPE *s = e->subj->chars;
    intptr_t end = e->end;
    switch (kind & 15) {
    case RE_AT_BEGIN: case RE_AT_BEGIN_STR: return p == 0;
    case RE_AT_BEGIN_LINE: return p == 0 || s[p - 1] == '\n';
    case RE_AT_END: return p == end || (p + 1 == end && s[p] == '\n');
    case RE_AT_END_LINE: return p == end || s[p] == '\n';
    case RE_AT_END_STR: return p == end;
    default: {
        if (end == 0)
            return false;
        bool uni = (kind & 16) != 0;
        bool before = p > 0 && re_is_word(s[p - 1], uni), here = p < end && re_is_word(s[p], uni);
        return (kind & 15) == RE_AT_BOUND ? before != here : before == here;
    }
    }
}

#define PUSH(k, a_, pos_, b_)                                                \
    do {                                                                     \
        if (e->sp == e->cap && re_grow(e) < 0)                               \
            return -1;                                                       \
        e->stack[e->sp++] = (re_bt){ (k), (int32_t)(a_), (pos_), (b_) };      \
    } while (0)
/* Set a register, remembering its old value for backtracking -- unless
 * nothing is on the stack: then no choice point can come back to it. */
#define SETREG(r, v)                                                         \
    do {                                                                     \
        if (e->sp)                                                           \
            PUSH(BT_RESTORE, (r), 0, regs[(r)]);                             \
        regs[(r)] = (v);                                                     \
    } while (0)

/* One attempt at start: 1, 0 or -1. */
static int RE_FN(run)(re_exec *e, intptr_t start)
{
    const re_prog *prog = e->prog;
    const int32_t *code = prog->code;
    const RE_CTYPE *s = e->subj->chars;
    const intptr_t end = e->end;
    const intptr_t lb = prog->loopbase;
    intptr_t *regs = e->regs;
    for (int k = 0; k < prog->nregs; k++)
        regs[k] = -1;
    regs[0] = start;
    e->sp = 0;
    intptr_t p = start, pc = 0;
    for (;;) {
        const int32_t *ins = code + pc;
        switch (ins[0]) {
        case RE_MATCH:
            if ((e->fullmatch && p != end) || (e->must_advance && p == e->pos))
                goto fail;
            regs[1] = p;
            e->sp = 0;
            return 1;
        case RE_CHAR:
            if (p < end && s[p] == (uint32_t)ins[1]) {
                p++;
                pc += 2;
                continue;
            }
            goto fail;
        case RE_CHAR_I: case RE_NOTCHAR: case RE_NOTCHAR_I: case RE_ANY: case RE_ANYALL: case RE_CLASS:
            if (p < end && RE_FN(one)(prog, ins, s[p])) {
                p++;
                pc += ins[0] == RE_ANY || ins[0] == RE_ANYALL ? 1 : 2;
                continue;
            }
            goto fail;
        case RE_AT:
            if (!RE_FN(at)(e, ins[1], p))
                goto fail;
            pc += 2;
            continue;
        case RE_SPLIT:
            PUSH(BT_BRANCH, pc + ins[2], p, 0);
            pc += ins[1];
            continue;
        case RE_JMP:
            pc += ins[1];
            continue;
        case RE_SAVE: {
            int r = ins[1];
            SETREG(r, p);
            if (r & 1)
                SETREG(prog->nregs - 1, r / 2);
            pc += 2;
            continue;
        }
        case RE_REP: {
            int32_t min = ins[1], max = ins[2];
            if (ins[3] == RE_LAZY) {
                if (RE_FN(count)(e, ins + 5, p, min) < min)
                    goto fail;
                if (min < max)
                    PUSH(BT_REPL, pc, p, min);
                p += min;
            } else {
                intptr_t n = RE_FN(count)(e, ins + 5, p, max);
                if (n < min)
                    goto fail;
                if (ins[3] == RE_GREEDY) {
                    /* only where the next character can follow */
                    const int32_t *nx = ins + ins[4];
                    while (nx[0] == RE_SAVE)
                        nx += 2;
                    if (nx[0] == RE_CHAR)
                        while (n >= min && (p + n >= end || s[p + n] != (uint32_t)nx[1]))
                            n--;
                    if (n < min)
                        goto fail;
                    if (n > min)
                        PUSH(BT_REPG, pc, p, n);
                }
                p += n;
            }
            pc += ins[4];
            continue;
        }
        case RE_LOOP_INIT:
            SETREG(lb + ins[1], 0);
            pc += 2;
            continue;
        case RE_LOOP_HEAD: {
            intptr_t n = regs[lb + ins[1]];
            if (n < ins[2]) {
                pc += 6;
            } else if (n >= ins[3]) {
                pc += ins[5];
            } else if (ins[4] == RE_GREEDY) {
                PUSH(BT_BRANCH, pc + ins[5], p, 0);
                pc += 6;
            } else {
                PUSH(BT_BRANCH, pc + 6, p, 0);
                pc += ins[5];
            }
            continue;
        }
        case RE_MARK:
            SETREG(lb + ins[1], p);
            pc += 2;
            continue;
        case RE_LOOP_TAIL: {
            intptr_t c = lb + ins[1];
            SETREG(c, regs[c] + 1);
            /* an iteration that matched nothing ends the loop once min is reached */
            pc += p == regs[lb + ins[2]] && regs[c] >= ins[3] ? ins[5] : ins[4];
            continue;
        }
        case RE_BACKREF: case RE_BACKREF_I: {
            intptr_t a = regs[2 * ins[1]], b = regs[2 * ins[1] + 1];
            if (a < 0 || b < 0 || b < a || p + (b - a) > end)
                goto fail;
            if (ins[0] == RE_BACKREF) {
                for (intptr_t k = 0; k < b - a; k++)
                    if (s[a + k] != s[p + k])
                        goto fail;
            } else {
                for (intptr_t k = 0; k < b - a; k++)
                    if (RE_FN(fold)(s[a + k], prog->uni) != RE_FN(fold)(s[p + k], prog->uni))
                        goto fail;
            }
            p += b - a;
            pc += 2;
            continue;
        }
        case RE_GROUPEXISTS: {
            intptr_t a = regs[2 * ins[1]], b = regs[2 * ins[1] + 1];
            pc += a >= 0 && b >= a ? 3 : ins[2];
            continue;
        }
        case RE_ASSERT:
            if (p - ins[2] < 0) {
                if (ins[1] == RE_ASSERT_NEG) {
                    pc += ins[3];
                    continue;
                }
                goto fail;
            }
            PUSH(BT_BARRIER, pc, p, 0);
            p -= ins[2];
            pc += 4;
            continue;
        case RE_ASSERT_END: {
            intptr_t bi = e->sp - 1;
            while (e->stack[bi].kind != BT_BARRIER)
                bi--;
            intptr_t apc = e->stack[bi].a, at = e->stack[bi].pos;
            if (code[apc + 1] == RE_ASSERT_NEG) {
                /* the body matched: the assertion fails, its registers are undone */
                while (e->sp > bi + 1) {
                    re_bt *t = &e->stack[--e->sp];
                    if (t->kind == BT_RESTORE)
                        regs[t->a] = t->b;
                }
                e->sp = bi;
                goto fail;
            }
            /* keep what the body set (its RESTOREs), drop its choice points */
            intptr_t w = bi;
            for (intptr_t k = bi + 1; k < e->sp; k++)
                if (e->stack[k].kind == BT_RESTORE)
                    e->stack[w++] = e->stack[k];
            e->sp = w;
            if (code[apc + 1] == RE_ASSERT_POS)
                p = at;
            pc = apc + code[apc + 3];
            continue;
        }
        default:
            rt_err_set_string(&rt_exc_RuntimeError, "internal error in regular expression engine");
            return -1;
        }
    fail:
        for (;;) {
            if (e->sp == 0)
                return 0;
            re_bt *t = &e->stack[--e->sp];
            switch (t->kind) {
            case BT_RESTORE:
                regs[t->a] = t->b;
                continue;
            case BT_BRANCH:
                pc = t->a;
                p = t->pos;
                break;
            case BT_REPG: {
                const int32_t *r = code + t->a, *nx = r + r[4];
                intptr_t n = t->b - 1, min = r[1];
                while (nx[0] == RE_SAVE)
                    nx += 2;
                if (nx[0] == RE_CHAR)   /* give back up to where the next character can follow */
                    while (n >= min && (t->pos + n >= end || s[t->pos + n] != (uint32_t)nx[1]))
                        n--;
                if (n < min)
                    continue;
                if (n > min) {
                    t->b = n;
                    e->sp++;
                }
                p = t->pos + n;
                pc = t->a + r[4];
                break;
            }
            case BT_REPL: {
                const int32_t *r = code + t->a;
                intptr_t n = t->b, q = t->pos + n;
                if (n >= r[2] || q >= end || !RE_FN(one)(prog, r + 5, s[q]))
                    continue;
                if (++n < r[2]) {
                    t->b = n;
                    e->sp++;
                }
                p = q + 1;
                pc = t->a + r[4];
                break;
            }
            default:   /* BT_BARRIER: the body failed */
                if (code[t->a + 1] != RE_ASSERT_NEG)
                    continue;
                p = t->pos;
                pc = t->a + code[t->a + 3];
                break;
            }
            break;
        }
    }
}

#undef PUSH
#undef SETREG

static int RE_FN(search)(re_exec *e, bool anchored)
{
    const re_prog *prog = e->prog;
    const RE_CTYPE *s = e->subj->chars;
    intptr_t p = e->pos, end = e->end;
    if (anchored)
        return RE_FN(run)(e, p);
    if (prog->anchored)
        return p == 0 ? RE_FN(run)(e, 0) : 0;
    const int32_t fc = prog->first_char;
    const re_class *fk = prog->first_class >= 0 ? &prog->classes[prog->first_class] : NULL;
    for (; p <= end; p++) {
        if (fc >= 0) {
            if (sizeof(RE_CTYPE) == 1) {
                const void *hit = fc < 256 && p < end ? memchr(s + p, fc, (size_t)(end - p)) : NULL;
                if (!hit)
                    return 0;
                p = (const RE_CTYPE *)hit - s;
            } else {
                while (p < end && s[p] != (uint32_t)fc)
                    p++;
                if (p >= end)
                    return 0;
            }
        } else if (fk) {
            while (p < end && !re_class_test(fk, s[p]))
                p++;
            if (p >= end)
                return 0;
        }
        int r = RE_FN(run)(e, p);
        if (r)
            return r;
    }
    return 0;
}
