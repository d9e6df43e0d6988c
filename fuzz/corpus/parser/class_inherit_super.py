# single inheritance, overriding, super().method(...)
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def kind(self):
        return "animal"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
class Puppy(Dog):
    def speak(self):
        return "small " + super().speak()
    def kind(self):
        return "puppy of " + super().kind()
p = Puppy("Rex", "lab")
print(p.speak())
print(p.kind(), p.breed, p.name)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, object))
print(isinstance(Animal("x"), Dog))
class Base:
    def hello(self):
        return "base hello from " + self.who()
    def who(self):
        return "Base"
class Derived(Base):
    def who(self):
        return "Derived"
print(Derived().hello())
