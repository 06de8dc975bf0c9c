import re


def camel_to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()


def snake_to_camel(name, upper_first=False):
    parts = name.split("_")
    first = parts[0].capitalize() if upper_first else parts[0]
    return first + "".join(p.title() for p in parts[1:])


def to_kebab(name):
    return camel_to_snake(name).replace("_", "-")


names = ["userId", "HTTPResponseCode", "getHTTPResponse", "simple", "XMLParser", "already_snake", "version2Beta"]
for n in names:
    print(f"{n:<18} snake={camel_to_snake(n):<22} kebab={to_kebab(n)}")

for s in ["user_id", "first_name_last", "x", "http_response_code"]:
    print(f"{s:<20} camel={snake_to_camel(s):<18} pascal={snake_to_camel(s, True)}")

record = {"firstName": "Ada", "lastName": "Lovelace", "birthYear": 1815, "isActive": True}
print({camel_to_snake(k): v for k, v in record.items()})
print("Title Case:", "the lord of the rings".title(), "| swap:", "Hello World".swapcase())
