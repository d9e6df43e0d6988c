#!/bin/sh
# clean-env.sh -- run a command (a CPython, for comparison or recording)
# in a clean environment: only PATH and HOME (a pyenv shim finds its
# interpreter through them) and PYTHONHASHSEED when it is set (the
# determinism checks vary it).  Every other PYTHON* variable of the
# caller's shell (PYTHONDONTWRITEBYTECODE, PYTHONUNBUFFERED, PYTHONPATH,
# PYTHONDEVMODE...) changes what a program can observe, so none reaches it.
#
#   scripts/clean-env.sh CMD [ARGS...]
if [ -n "${PYTHONHASHSEED+set}" ]; then
    exec env -i PATH="$PATH" HOME="${HOME:-/}" PYTHONHASHSEED="$PYTHONHASHSEED" "$@"
fi
exec env -i PATH="$PATH" HOME="${HOME:-/}" "$@"
