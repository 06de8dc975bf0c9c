import re
import unicodedata


def slugify(value, max_length=50):
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value.lower())
    value = re.sub(r"[-\s_]+", "-", value).strip("-")
    if len(value) > max_length:
        value = value[:max_length].rsplit("-", 1)[0]
    return value


titles = [
    "Hello, World!",
    "  Multiple   spaces -- and dashes  ",
    "Crème Brûlée Recipe (Easy)",
    "Über cool: Zoë's café & bar",
    "Python 3.11 released!!!",
    "snake_case_title",
    "A very long title that keeps going and going well past the fifty character limit",
    "¿Qué pasa?",
    "",
]
for t in titles:
    print(f"{t!r:<50} -> {slugify(t)!r}")

slugs = {}
for t in ["Report", "report", "REPORT!", "Report 2"]:
    base = slugify(t)
    slug, n = base, 2
    while slug in slugs:
        slug = f"{base}-{n}"
        n += 1
    slugs[slug] = t
print(slugs)
