from datetime import date

REFERENCE = date(2024, 6, 15)

people = {
    "Ana": date(1990, 6, 15),
    "Ben": date(1990, 6, 16),
    "Chloé": date(2000, 2, 29),
    "Dev": date(1985, 12, 31),
    "Eli": date(2010, 1, 1),
}


def age_on(born, today):
    years = today.year - born.year
    if (today.month, today.day) < (born.month, born.day):
        years -= 1
    return years


def next_birthday(born, today):
    year = today.year
    while True:
        try:
            bday = born.replace(year=year)
        except ValueError:  # Feb 29 in a non-leap year
            bday = date(year, 3, 1)
        if bday >= today:
            return bday
        year += 1


for name, born in people.items():
    age = age_on(born, REFERENCE)
    nb = next_birthday(born, REFERENCE)
    print(f"{name:<6} born {born:%d %b %Y}: {age:>2} years old, next birthday in {(nb - REFERENCE).days:>3} days ({nb})")

ages = [age_on(b, REFERENCE) for b in people.values()]
print("average age:", sum(ages) / len(ages))
adults = sorted(n for n, b in people.items() if age_on(b, REFERENCE) >= 18)
print("adults:", adults)
