import re

text = """
Contact sales@acme.com or support@help.acme.co.uk for help. Jane's address is
jane.doe+newsletter@gmail.com; invalid ones: foo@bar, @nope.com, x@y.z.
Docs: https://docs.acme.com/v2/start?lang=en and http://example.org/path#frag.
Also see www.acme.com and ftp://files.acme.com/pub (ftp not counted).
Call +1 (555) 010-2030 or 555.010.9999, ext. 42. Order IDs: ORD-2024-0001, ORD-2023-1234.
"""

emails = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}", text)
print("emails:", emails)
domains = sorted({e.split("@")[1].lower() for e in emails})
print("domains:", domains)

urls = re.findall(r"https?://[^\s,;]+", text)
print("urls:", [u.rstrip(".") for u in urls])
hosts = [re.match(r"https?://([^/?#]+)", u).group(1) for u in urls]
print("hosts:", hosts)

phones = re.findall(r"\+?\d?[\s(]*\d{3}[)\s.-]*\d{3}[\s.-]\d{4}", text)
print("phones:", [re.sub(r"\D", "", p) for p in phones])

orders = re.findall(r"ORD-(\d{4})-(\d{4})", text)
print("orders:", orders)
print("masked:", re.sub(r"([\w.+-])[\w.+-]*@", r"\1***@", "jane.doe@gmail.com, bob@x.io"))
