from collections import defaultdict

words = ["listen", "silent", "enlist", "google", "elgoog", "inlets", "banana",
         "level", "radar", "stone", "tones", "notes", "onset", "python", "Racecar"]

groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w.lower()))].append(w)

print("Anagram groups:")
for key in sorted(groups):
    if len(groups[key]) > 1:
        print(f"  {key}: {', '.join(groups[key])}")


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


print("Palindromes:", [w for w in words if is_palindrome(w)])
for phrase in ["A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "Not a palindrome"]:
    print(f"  {phrase!r}: {is_palindrome(phrase)}")


def longest_palindromic_substring(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best


print(longest_palindromic_substring("forgeeksskeegfor"), longest_palindromic_substring("abacdfgdcaba"))
