# codecs.encode / codecs.decode.
import codecs

msg = "Attack at Dawn! Meet at the old mill, 5 o'clock."
print(codecs.encode(msg, "rot_13"), codecs.encode(msg, "rot13") == codecs.decode(msg, "rot-13"))
print(codecs.encode(codecs.encode(msg, "rot13"), "rot13") == msg)


def attempt(fn, *args):
    try:
        r = fn(*args)
        print(args, "->", repr(r))
    except (UnicodeError, TypeError, ValueError, LookupError) as e:
        print(args, "->", type(e).__name__, e)


for args in [("café €5 😀", "utf-8"), ("café", "UTF8"), ("abc", "utf-8-sig"), ("café", "latin-1"),
             ("café", "iso-8859-1"), ("naïve", "ascii"), ("abc", "ascii"), ("aé€x", "latin-1"),
             ("é€", "ascii"), ("“quotes” – €", "cp1252"), ("tab\tnew\nline é \\ 😀", "unicode_escape"),
             (b"abc\xff", "hex"), (b"hello world", "base64"), (b"x" * 60, "base64"), (b"", "base64"),
             ("abc", "hex"), (b"abc", "rot13"), (b"abc", "utf-8"), ("abc", "nope")]:
    attempt(codecs.encode, *args)
for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "bogus"]:
    attempt(codecs.encode, "aé€😀z", "ascii", h)
    attempt(codecs.encode, "aé€😀z", "latin-1", h)

for args in [(b"caf\xc3\xa9", "utf-8"), (b"\xef\xbb\xbfabc", "utf-8-sig"), (b"caf\xe9", "latin-1"),
             (b"caf\xe9", "utf-8"), (b"a\xe9\xe9b", "utf-8"), (b"a\xe2\x82", "utf-8"),
             (b"\xed\xa0\x80", "utf-8"), (b"\xc0\x80", "utf-8"), (b"\xf4\x90\x80\x80", "utf-8"),
             (b"\xe2\x28\xa1", "utf-8"), (b"\xf0\x9f\x98\x80!", "utf-8"), (b"caf\xe9", "ascii"),
             (b"\x93hi\x94 \x80 \x81", "cp1252"), (b"616263ff", "hex"), ("616263", "hex"),
             (b"6162xx", "hex"), (b"616", "hex"), (b"aGVsbG8gd29ybGQ=\n", "base64"), (b"YWJ", "base64"),
             ("YWJj", "base64"), ("abc", "utf-8"), (b"a\\n\\x41\\u00e9\\t\\101\\\\ ", "unicode_escape"),
             ("é\\n", "unicode_escape"), (b"bad\\x4", "unicode_escape"), (b"bad\\u12", "unicode_escape"),
             (b"bad\\U00110000", "unicode_escape"), (b"end\\", "unicode_escape")]:
    attempt(codecs.decode, *args)
for h in ["strict", "ignore", "replace", "backslashreplace"]:
    attempt(codecs.decode, b"a\xe9\xe2\x82b\xf0\x9f", "utf-8", h)
    attempt(codecs.decode, b"a\xe9b", "ascii", h)
    attempt(codecs.decode, b"a\x81b", "cp1252", h)

print(codecs.lookup("UTF8").name, codecs.lookup("latin1").name, codecs.lookup("rot13").name,
      codecs.lookup("ascii").name, codecs.lookup("u8").name, codecs.lookup("base64").name,
      codecs.lookup("hex").name, codecs.lookup("windows-1252").name, codecs.lookup("utf_8_sig").name)
print(codecs.getencoder("utf-8")("é"), codecs.getdecoder("utf-8")(b"\xc3\xa9"), codecs.lookup("ascii").encode("ok"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
try:
    codecs.lookup("klingon")
except LookupError as e:
    print(type(e).__name__, e)
print(codecs.encode("default"), codecs.decode(b"default"))
