#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later OR LGPL-2.1-or-later OR MPL-1.1
#
# build-dic.py: write the AzQF Studio Azerbaijani hunspell dictionary
# (az_AZ.aff and az_AZ.dic) from the stem lists in src/.
#
#   build-dic.py            regenerate az_AZ.aff and az_AZ.dic next to this script
#   build-dic.py --check    also check src/test-correct.txt (every form accepted)
#                           and src/test-wrong.txt (every form rejected) with
#                           the hunspell program; exit 77 (skip) without it
#   build-dic.py --check-only   only the check, without rewriting the files,
#                           and a check that az_AZ.aff/.dic are up to date
#   --hunspell PATH         the hunspell program to use (empty: skip)
#   build-dic.py --stats    print the number of stems per part of speech
#
# Python 3 standard library only. The output is deterministic.
#
# How the affix file works (see README.md):
#  - suffixes are written with archiphonemes and resolved by vowel harmony:
#    A = a/ə (two-way), I = ı/i/u/ü (four-way), Q = q/k (back/front, and
#    it becomes ğ/y before a vowel), (y) (n) (s) (I) are buffers used only
#    after a vowel (y, n, s) or only after a consonant (I);
#  - hunspell strips at most two suffixes, so a word is
#        stem + inner suffix + outer suffix
#    where the inner suffixes are precomposed chains (plural + possessive,
#    tense + person, participle + plural + possessive ...) and the outer
#    ones are case, predicative and copula endings; each inner entry
#    names the outer class that fits its last vowel and ending in its
#    continuation flags;
#  - stems whose ending changes before a vowel (k→y, q→ğ: bacarıq →
#    bacarığı; the dropped vowel of şəkil → şəkli; et → edir) are written
#    twice: the plain stem with the consonant-initial classes, the changed
#    stem with the vowel-initial classes and NEEDAFFIX;
#  - productive derivations (-lı, -sız, -lıq, -sızlıq, -lılıq for nouns,
#    -lıq for adjectives, the passive for verbs) are expanded into stems
#    of their own here, because hunspell cannot stack a third suffix.

import os
import re
import subprocess
import sys
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')

BACK = set('aıou')
FRONT = set('eəiöü')
VOWELS = BACK | FRONT
ROUND = set('ouöü')
LETTERS = 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz'


def last_vowel(s):
    for ch in reversed(s):
        if ch in VOWELS:
            return ch
    return None


def harmony(s):
    """'a' (a ı), 'o' (o u), 'e' (e ə i), 'ö' (ö ü) by the last vowel."""
    v = last_vowel(s.lower())
    if v is None:
        return 'e'          # abbreviations are read with front vowels
    if v in 'aı':
        return 'a'
    if v in 'ou':
        return 'o'
    if v in 'eəi':
        return 'e'
    return 'ö'


A2 = {'a': 'a', 'o': 'a', 'e': 'ə', 'ö': 'ə'}
I4 = {'a': 'ı', 'o': 'u', 'e': 'i', 'ö': 'ü'}
Q2 = {'a': 'q', 'o': 'q', 'e': 'k', 'ö': 'k'}
MUT = {'q': 'ğ', 'k': 'y'}


def ends_vowel(s):
    return s[-1] in VOWELS


def compose(base, tmpl, mutable=False):
    """Append the suffix template tmpl to base; return (word, mutable).

    mutable says whether base ends in a k/q that turns into y/ğ before a
    vowel (a suffix -acaq, -dıq, -maq, -lıq ...)."""
    t = tmpl
    out = base
    v_end = ends_vowel(base)
    while t.startswith('('):
        buf, t = t[1:t.index(')')], t[t.index(')') + 1:]
        if buf in ('y', 'n', 's'):
            if v_end:
                t = buf + t
        elif buf == 'I':
            if not v_end:
                t = 'I' + t
        else:
            raise ValueError(tmpl)
    if not t:
        return out, mutable
    first_vowel = t[0] in 'AI' or t[0] in VOWELS
    if first_vowel and mutable and out[-1] in MUT:
        out = out[:-1] + MUT[out[-1]]
    for i, ch in enumerate(t):
        h = harmony(out)
        if ch == 'A':
            out += A2[h]
        elif ch == 'I':
            out += I4[h]
        elif ch == 'Q':
            out += Q2[h]
        else:
            out += ch
    return out, t.endswith('Q')


def cc(base, *tmpls):
    """Compose a chain of templates, returning the word."""
    w, m = base, False
    for t in tmpls:
        w, m = compose(w, t, m)
    return w


# ---------------------------------------------------------------- suffixes

# Outer suffixes: case, predicative, copula, -dakı, -ca.
OUTER_PLAIN = ['(n)I', '(y)A', 'dA', 'dAn', '(n)In', '(y)lA', 'dIr', 'dAkI',
               'dAkIlAr', 'dAdIr', 'dAndIr', '(y)Am', 'sAn', '(y)IQ', 'sInIz',
               'dIrlAr', 'cA', '(y)Adək', '(y)kən', '(n)IndIr', 'mI', 'dIrmI',
               'dAmI', 'dAnmI',
               # copula past, evidential, conditional (müəllimdi, tələbəydi,
               # evdəymiş, varsa), -casına, genitive + -kı (Azərbaycanınkı)
               '(y)dI', '(y)dIm', '(y)dIn', '(y)dIQ', '(y)dInIz', '(y)dIlAr',
               '(y)mIş', '(y)sA', 'dAydI', 'dAymIş', 'cAsInA', '(n)InkI',
               # -gil, the family or home of (nənəmgilə, əmimgildə)
               'gil', 'gilə', 'gildə', 'gildən', 'gilin', 'gillə',
               # locative + copula persons (evdəyəm, işdəyik)
               'dAyAm', 'dAsAn', 'dAyIQ', 'dAsInIz', 'dAdIrlAr',
               # ablative + -sa, "rather than" (getməkdənsə)
               'dAnsA']
OUTER_AFTER3 = ['nI', 'nA', 'ndA', 'ndAn', 'nIn', '(y)lA', 'dIr', 'ndAkI',
                'ncA', 'ndAdIr', 'ndAndIr', 'nAdək', 'dIrlAr', 'mI', 'dIrmI',
                '(y)dI', '(y)mIş', '(y)sA', 'ndAydI', 'nIn', 'nInkI',
                # the fused instrumental of set phrases: məqsədilə,
                # vasitəsilə, münasibətilə, köməyilə
                'lA', 'ndAyAm', 'ndAsAn', 'ndAyIQ', 'ndAsInIz']

# Inner suffixes of a noun: plural and possessives. True = 3rd person
# possessive (the next case takes the buffer n).
NOUN_INNER = [('lAr', False), ('(I)m', False), ('(I)n', False),
              ('(s)I', True), ('(I)mIz', False), ('(I)nIz', False),
              ('lArIm', False), ('lArIn', False), ('lArI', True),
              ('lArImIz', False), ('lArInIz', False)]

HIDX = {'a': 0, 'o': 1, 'e': 2, 'ö': 3}
EIDX = {'C': 0, 'V': 1, '3': 2}
IDXCH = '0123456789AB'

NEEDAFFIX = 'ZZ'


def cls_index(word, after3=False):
    e = '3' if after3 else ('V' if ends_vowel(word) else 'C')
    return IDXCH[HIDX[harmony(word)] * 3 + EIDX[e]]


def outer_flags(word, after3=False, vowel_part=True):
    i = cls_index(word, after3)
    return 'O' + i + ('o' + i if vowel_part else '')


def starts_vowel(s):
    return bool(s) and s[0] in VOWELS


def outer_forms(word, after3):
    tm = OUTER_AFTER3 if after3 else OUTER_PLAIN
    return [cc(word, t) for t in tm]


def nominal(base, mutable=False, after3=False):
    """All ways a nominal base continues inside one inner suffix entry:
    list of (word, contflags), contflags naming the outer class."""
    items = []
    if mutable:
        items.append((base, outer_flags(base, after3, vowel_part=False)))
        for t in (OUTER_AFTER3 if after3 else OUTER_PLAIN):
            w, _ = compose(base, t, True)
            if not w.startswith(base):
                items.append((w, ''))
    else:
        items.append((base, outer_flags(base, after3)))
    if not after3:
        for t, a3 in NOUN_INNER:
            w, _ = compose(base, t, mutable)
            items.append((w, outer_flags(w, a3)))
    return items


# Verb forms, as template chains from the verb stem. Each entry is
# (chain, nominal?) where a nominal form also takes plural, possessive and
# case through nominal().
PERS1 = ['', '(y)Am', 'sAn', '(y)IQ', 'sInIz', 'lAr']
PERS2 = ['', 'm', 'n', 'Q', 'nIz', 'lAr']


def verb_forms(stem):
    """(word, contflags) pairs for every inflected form of a verb stem,
    excluding the bare stem (imperative 2sg, the dictionary word)."""
    out = []

    def fin(*chain):
        w = cc(stem, *chain)
        out.append((w, ''))
        # the question particle -mı/-mi is written on the verb (alırmı)
        out.append((cc(w, 'mI'), ''))

    def nom(*chain):
        w, m = stem, False
        for t in chain:
            w, m = compose(w, t, m)
        out.extend(nominal(w, m))

    for pos in ('', 'mA'):
        neg = [pos] if pos else []
        # present (negative: -mır)
        pres = 'mIr' if pos else '(y)Ir'
        for p in PERS1:
            fin(pres, p)
        for p in PERS2:
            fin(pres, 'dI', p)
        fin(pres, 'mIş')
        fin(pres, 'sA')
        fin(pres, 'kən')
        # past
        for p in PERS2:
            fin(*neg, 'dI', p)
        fin(*neg, 'dI', 'sA')
        # evidential and perfect
        nom(*neg, 'mIş')
        for p in PERS2:
            fin(*neg, 'mIş', 'dI', p)
        fin(*neg, 'mIş', 'sA')
        # 2nd persons of the evidential drop the ş in writing: gəlmisən,
        # gəlmisiniz (beside gəlmişsən)
        fin(*neg, 'mIsAn')
        fin(*neg, 'mIsInIz')
        for p in ('(y)Am', 'sAn', '(y)IQ', 'sInIz', 'lAr'):
            fin(*neg, 'mIş', p, 'sA')
            fin(pres, p, 'sA')
        for s in ('', 'dIr', 'lAr', 'dIrlAr', 'sAn', 'sInIz'):
            fin(*neg, '(y)Ib', s)
        # future
        nom(*neg, '(y)AcAQ')
        for p in PERS2:
            fin(*neg, '(y)AcAQ', 'dI', p)
        fin(*neg, '(y)AcAQ', 'sA')
        # conditional, and its past (gəlsəydi, gəlsəydim)
        for p in PERS2:
            fin(*neg, 'sA', p)
            fin(*neg, 'sA', '(y)dI', p)
        # participles and verbal nouns
        nom(*neg, '(y)An')
        nom(*neg, 'dIQ')
        nom(*neg, 'mA')
        nom(*neg, 'mAQ')
        nom(*neg, 'mAlI')
        # converbs
        for t in ('(y)ArAQ', '(y)AndA', '(y)IncA', 'dIQcA', 'mAdAn'):
            if not (pos and t == 'mAdAn'):
                fin(*neg, t)
        # optative / imperative
        for t in ('sIn', 'sInlAr', '(y)In', '(y)InIz', '(y)Im', '(y)AQ',
                  '(y)Am', '(y)AsAn', '(y)A', '(y)AsInIz', '(y)AlAr'):
            fin(*neg, t)
    # aorist
    for p in PERS1:
        fin('(y)Ar', p)
    for p in PERS2:
        fin('(y)Ar', 'dI', p)
    fin('(y)Ar', 'sA')
    fin('(y)Ar', 'kən')
    fin('(y)Ar', 'mIş')
    for p in ('', 'sAn', 'sInIz', 'lAr', 'dI', 'dIlAr', 'sA'):
        fin('mAz', p)
    fin('mAzdAn')
    fin('mA', 'rAm')
    fin('mA', 'rIQ')
    # agent noun -ıcı/-ici; future participle of obligation -ası (ediləsi)
    nom('(y)IcI')
    nom('(y)AsI')
    # the verbal noun in -ış/-iş is lexical: list it as a noun
    seen = set()
    res = []
    for w, f in out:
        if w == stem and not f:
            continue
        if (w, f) in seen:
            continue
        seen.add((w, f))
        res.append((w, f))
    return res


# ---------------------------------------------------------------- classes

# Representative stems for the classes: last vowel + ending.
REPR = {}
for h, v in (('a', 'a'), ('o', 'o'), ('e', 'e'), ('ö', 'ö')):
    REPR[(h, 'C')] = 'b' + v + 't'
    REPR[(h, 'V')] = 'b' + v + 't' + v


class AffixSet:
    def __init__(self):
        self.classes = {}     # flag -> list of (strip, add, cond, cont)
        self.comment = {}

    def add(self, flag, add, cont='', strip='0', cond='.'):
        lst = self.classes.setdefault(flag, [])
        ent = (strip, add, cond, cont)
        if ent not in lst:
            lst.append(ent)


def build_affixes():
    A = AffixSet()
    for (h, e), rep in sorted(REPR.items()):
        idx = cls_index(rep)
        # outer classes for a word of this class, and after a 3rd person
        for after3 in (False, True):
            if after3 and e != 'V':
                continue
            i = cls_index(rep, after3)
            for w in outer_forms(rep, after3):
                suf = w[len(rep):]
                A.add(('o' if starts_vowel(suf) else 'O') + i, suf)
            A.comment['O' + i] = 'outer endings (case, predicative, copula) after %s%s, consonant-initial' % (
                'the 3rd person possessive, ' if after3 else '', 'a vowel' if e == 'V' else 'a consonant')
            A.comment['o' + i] = A.comment['O' + i].replace('consonant-initial', 'vowel-initial')
        # noun inner suffixes
        for t, a3 in NOUN_INNER:
            w = cc(rep, t)
            suf = w[len(rep):]
            A.add(('n' if starts_vowel(suf) else 'N') + idx, suf, outer_flags(w, a3))
        A.comment['N' + idx] = 'plural and possessive, consonant-initial'
        A.comment['n' + idx] = 'plural and possessive, vowel-initial'
        # verbs
        for w, cont in verb_forms(rep):
            suf = w[len(rep):]
            A.add(('v' if starts_vowel(suf) else 'V') + idx, suf, cont)
        A.comment['V' + idx] = 'verb forms, consonant-initial'
        A.comment['v' + idx] = 'verb forms, vowel-initial'
    return A


def class_desc(idx):
    n = IDXCH.index(idx)
    h = 'aoeö'[n // 3]
    e = 'CV3'[n % 3]
    hv = {'a': 'a ı', 'o': 'o u', 'e': 'e ə i', 'ö': 'ö ü'}[h]
    ev = {'C': 'consonant', 'V': 'vowel', '3': 'vowel (3rd person possessive)'}[e]
    return 'last vowel %s, ends in a %s' % (hv, ev)


AFF_HEAD = """# az_AZ.aff: Azerbaijani (Latin script) affix file of AzQF Studio.
# GENERATED by build-dic.py from the rules written in it; do not edit by hand.
#
# Copyright (C) the AzQF Studio authors.
# Licence: GPL-3.0-or-later OR LGPL-2.1-or-later OR MPL-1.1 (tri-licence,
# choose any); see README.md next to this file.
#
# Flags (FLAG long): the first letter is the kind of class, the second the
# phonological class of the word it attaches to:
#   N/n  noun inner suffixes (plural, possessive), consonant-/vowel-initial
#   O/o  outer suffixes (case, predicative, copula), consonant-/vowel-initial
#   V/v  verb forms (tense, person, participle, converb, verbal noun)
#   ZZ   NEEDAFFIX: a stem form that only occurs with a suffix (bacarığ-, ed-)
#   ZN   NOSUGGEST (suffixes written after a number or code: 2016-cı)
# Second letter:%s

SET UTF-8
LANG az_AZ
FLAG long
TRY aəiılrnmedktsyuqbzogşvüçhxcpöğfjACKTMBİŞƏQRHEXSDNZYPGVUÖÜOFÇIJĞL
WORDCHARS -
NEEDAFFIX ZZ
NOSUGGEST ZN
NOSPLITSUGS
MAXNGRAMSUGS 4

KEY qüertyuiopöğ|asdfghjklıə|zxcvbnmçş

"""

MAP_LINES = ['eə', 'ıi', 'oö', 'uü', 'cç', 'sş', 'gğ',
             'EƏ', 'Iİ', 'OÖ', 'UÜ', 'CÇ', 'SŞ', 'GĞ', 'xh', 'XH', 'ğq', 'yk']

REP_LINES = [
    # x and h are confused (xəbər / həbər, təhsil / təxsil)
    ('x', 'h'), ('h', 'x'),
    # doubled and single consonants in borrowings and Arabic words
    ('s', 'ss'), ('ss', 's'), ('l', 'll'), ('ll', 'l'), ('t', 'tt'), ('tt', 't'),
    ('m', 'mm'), ('mm', 'm'), ('n', 'nn'), ('nn', 'n'), ('r', 'rr'), ('rr', 'r'),
    ('y', 'yy'), ('yy', 'y'), ('f', 'ff'), ('ff', 'f'), ('k', 'kk'), ('kk', 'k'),
    ('q', 'qq'), ('qq', 'q'), ('d', 'dd'), ('dd', 'd'), ('p', 'pp'), ('pp', 'p'),
    # the mutation of k and q before a vowel
    ('ki$', 'yi'), ('qı$', 'ğı'), ('ku$', 'yu'), ('qu$', 'ğu'),
    ('ğ', 'q'), ('q', 'ğ'), ('k', 'q'), ('q', 'k'), ('g', 'q'),
    # dropped diacritics in frequent suffixes
    ('ler$', 'lər'), ('lerin$', 'lərin'), ('leri$', 'ləri'), ('de$', 'də'),
    ('den$', 'dən'), ('mek$', 'mək'), ('me$', 'mə'), ('ecek$', 'əcək'),
    ('erek$', 'ərək'), ('liq$', 'lıq'), ('li$', 'lı'),
    ('siz$', 'sız'), ('si$', 'sı'), ('ni$', 'nı'), ('in$', 'ın'),
    ('dir$', 'dır'), ('lig', 'lığ'), ('sizlik', 'sızlıq'),
    # the double y of Arabic -iyyət / -iyyat (keyfiyyət, ədəbiyyat)
    ('iyet', 'iyyət'), ('iyyet', 'iyyət'), ('iyət', 'iyyət'), ('iyat', 'iyyat'),
    ('cu$', 'çu'), ('ci$', 'çi'), ('ci$', 'çı'),
    # Russian-style spellings of international words
    ('ts', 's'), ('tsiya', 'siya'), ('ch', 'ç'), ('sh', 'ş'), ('w', 'v'),
    ('kh', 'x'), ('ia', 'iya'), ('io', 'iyo'), ('ea', 'eya'),
    ('e', 'ə'), ('i', 'ı'), ('ı', 'i'), ('ə', 'e'),
]


def write_aff(path, A):
    idx_desc = '; '.join('%s = %s' % (c, class_desc(c)) for c in IDXCH)
    lines = [AFF_HEAD % '\n#   '.join(
        [''] + ['%s = %s' % (c, class_desc(c)) for c in IDXCH]).rstrip()]
    lines.append('MAP %d' % len(MAP_LINES))
    lines += ['MAP ' + m for m in MAP_LINES]
    lines.append('')
    lines.append('REP %d' % len(REP_LINES))
    lines += ['REP %s %s' % r for r in REP_LINES]
    lines.append('')
    for flag in sorted(A.classes):
        ents = A.classes[flag]
        desc = A.comment.get(flag, '')
        lines.append('# %s: %s; %s' % (flag, desc, class_desc(flag[1])))
        lines.append('SFX %s Y %d' % (flag, len(ents)))
        for strip, add, cond, cont in ents:
            lines.append('SFX %s %s %s%s %s' % (flag, strip, add,
                                                '/' + cont if cont else '', cond))
        lines.append('')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))


# ---------------------------------------------------------------- stems

POS_FILES = ('nouns', 'adjectives', 'verbs', 'adverbs', 'other', 'propernouns')


def lower_az(s):
    return s.replace('I', 'ı').replace('İ', 'i').lower()


def read_sources():
    """Return {pos: [entry]} with entry = (word, alt, opts)."""
    out = {p: [] for p in POS_FILES}
    out['compounds'] = []
    for name in sorted(os.listdir(SRC)):
        if not name.endswith('.txt') or name.startswith('test-'):
            continue
        pos = name[:-4].split('-')[0]
        if pos not in out:
            continue
        with open(os.path.join(SRC, name), encoding='utf-8') as f:
            for ln, line in enumerate(f, 1):
                line = line.split('#', 1)[0].strip()
                if not line:
                    continue
                for item in line.split():
                    if '+' in item and pos in ('nouns', 'propernouns'):
                        # a compound in the 3rd person possessive and its
                        # plural: həftəsonu+həftəsonları
                        out['compounds'].append(tuple(item.split('+')))
                        continue
                    m = re.fullmatch(r"([^\s|>=!~]+)(?:([|>])([^\s=!~]+))?([=!~]*)", item)
                    if not m:
                        sys.exit('%s:%d: cannot read %r' % (name, ln, item))
                    alt = m.group(3)
                    if m.group(2) == '>':
                        alt = '>' + alt
                    out[pos].append((m.group(1), alt, m.group(4)))
    return out


def mutates(word, opts):
    """Does a final k/q become y/ğ before a vowel?"""
    if '=' in opts:
        return False
    if '!' in opts:
        return True
    w = lower_az(word)
    if len(w) < 3 or w[-1] not in 'kq':
        return False
    nvow = sum(1 for c in w if c in VOWELS)
    if nvow < 2 or w[-2] not in VOWELS:
        return False
    # front vowel + q, back vowel + k: Arabic and international words
    # (tətbiq, dəqiq, vərəq; iştirak, blok) keep their consonant
    if w[-1] == 'q':
        # -oq is international (pedaqoq, psixoloq, dialoq, kataloq): no change
        return w[-2] in BACK and w[-2] != 'o'
    # -ək, -ök, -ük are native (çiçək, ürək, bölük); -ik only in the native
    # -lik after a front vowel (bilik, birlik), not in qrafik, texnik,
    # katolik; -ek is foreign (çek)
    if w[-2] in 'əöü':
        return True
    if w.endswith('lik') and last_vowel(w[:-3]) in FRONT:
        return True
    return False


class Dic:
    """The .dic entries. A stem form that needs an affix (NEEDAFFIX) is kept
    apart from a homonym that stands alone: hunspell allows both lines."""

    def __init__(self):
        self.entries = {}

    def add(self, word, flags=''):
        fl = [flags[i:i + 2] for i in range(0, len(flags), 2)]
        key = (word, NEEDAFFIX in fl)
        self.entries.setdefault(key, set()).update(fl)

    def lines(self):
        out = []
        for (word, _), fl in self.entries.items():
            f = ''.join(sorted(fl))
            out.append(word + ('/' + f if f else ''))
        return sorted(set(out))

    def write(self, path):
        lines = self.lines()
        with open(path, 'w', encoding='utf-8') as f:
            f.write('%d\n' % len(lines))
            for line in lines:
                f.write(line + '\n')


def add_nominal(D, word, alt=None, mut=False):
    """A noun or adjective: inner + outer classes, with the changed stem
    for vowel-initial suffixes when its ending changes."""
    i = cls_index(word)
    if alt is None and mut:
        alt = word[:-1] + MUT[word[-1]]
    if alt and alt.startswith('>'):
        # fənn>fən: the consonant-initial suffixes go on the shorter stem
        cons = alt[1:]
        D.add(word, 'n' + i + 'o' + i)
        j = cls_index(cons)
        D.add(cons, 'N' + j + 'O' + j + NEEDAFFIX)
    elif alt is None:
        D.add(word, 'N' + i + 'n' + i + 'O' + i + 'o' + i)
    else:
        D.add(word, 'N' + i + 'O' + i)
        j = cls_index(alt)
        D.add(alt, 'n' + j + 'o' + j + NEEDAFFIX)


def add_verb(D, word, alt=None):
    i = cls_index(word)
    if alt is None:
        D.add(word, 'V' + i + 'v' + i)
    else:
        D.add(word, 'V' + i)
        D.add(alt, 'v' + cls_index(alt) + NEEDAFFIX)


def verb_alt(stem):
    """Polysyllabic verbs in -t voice it before a vowel: öyrət → öyrədir,
    yarat → yaradır (et, get, eşit are written out in verbs.txt)."""
    if stem.endswith('t') and sum(1 for c in stem if c in VOWELS) >= 2:
        return stem[:-1] + 'd'
    return None


def passives(stem, alt=None):
    """The passive stems: -ıl after a consonant (yazıl, edil, yaradıl),
    -ın after l (bilin, olun), -n after a vowel (hazırlan), and the
    officialese double passive -nıl of vowel stems (hazırlanıl)."""
    base = alt or stem
    nv = sum(1 for c in stem if c in VOWELS)
    if ends_vowel(stem):
        if nv == 1:
            return [stem + 'yil' if harmony(stem) in 'eö' else stem + 'yıl']
        return [stem + 'n', cc(stem + 'n', 'Il')]
    if base.endswith('l'):
        return [cc(base, 'In')]
    return [cc(base, 'Il')]


def build_dic(sources):
    D = Dic()
    # nouns
    merged = {}
    for pos in ('nouns', 'adjectives', 'propernouns'):
        for word, alt, opts in sources[pos]:
            key = (word, pos == 'adjectives')
            if key in merged:
                _, alt0, opts0 = merged[key]
                merged[key] = (pos, alt0 or alt, ''.join(sorted(set(opts0 + opts))))
            else:
                merged[key] = (pos, alt, opts)
    # an alternation written for a word anywhere applies to it everywhere
    alts = {}
    for (word, _), (pos, alt, opts) in merged.items():
        if alt or opts:
            a0, o0 = alts.get(word, (None, ''))
            alts[word] = (a0 or alt, o0 + opts)
    for (word, isadj), (pos, alt, opts) in sorted(merged.items()):
        if word in alts:
            alt = alts[word][0]
            opts = ''.join(sorted(set(opts + alts[word][1].replace('~', ''))))
        lw = lower_az(word)
        if alt is None and len(lw) > 2 and lw[-1] == lw[-2] and lw[-1] not in VOWELS:
            # a final double consonant is written single before a consonant:
            # fənn, fənni, fənlər; haqq, haqqı, haqlar; xətt, xətlər
            alt = '>' + word[:-1]
        if True:
            mut = mutates(word, opts)
            add_nominal(D, word, alt, mut)
            if '~' in opts or pos == 'propernouns':
                continue
            base = lower_az(alt[1:] if alt and alt.startswith('>') else word)
            ders = ['lIQ'] if pos == 'adjectives' else ['lI', 'sIz', 'lIQ', 'sIzlIQ', 'lIlIQ']
            for d in ders:
                w = cc(base, *re.findall(r'lIQ|lI|sIz', d))
                add_nominal(D, w, None, w[-1] in 'kq')
    for word, alt, opts in sources['verbs']:
        if alt is None and '=' not in opts:
            alt = verb_alt(word)
        add_verb(D, word, alt)
        if '~' in opts:
            continue
        for p in passives(word, alt):
            add_verb(D, p)
    for forms in sources['compounds']:
        # the case endings follow the possessive: həftəsonunda, əməkhaqlarını
        for w in forms:
            i = cls_index(w, after3=True)
            D.add(w, 'O' + i + 'o' + i)
    for pos in ('adverbs', 'other'):
        for word, alt, opts in sources[pos]:
            # word* : accepted but never suggested (ordinal suffixes)
            if word.endswith('*'):
                D.add(word[:-1], 'ZN')
            else:
                D.add(word)
    return D


# ---------------------------------------------------------------- check

def run_check(dicbase, hs=None):
    hs = hs if hs is not None else shutil.which('hunspell')
    if not hs:
        print('hunspell not found: skipped')
        return 77
    env = dict(os.environ, LC_ALL='C.UTF-8')
    bad = 0
    for name, want_ok in (('test-correct.txt', True), ('test-wrong.txt', False)):
        words = []
        with open(os.path.join(SRC, name), encoding='utf-8') as f:
            for line in f:
                line = line.split('#', 1)[0].strip()
                words += line.split()
        inp = ''.join('^' + w + '\n' for w in words)
        r = subprocess.run([hs, '-a', '-d', dicbase, '-i', 'UTF-8'], input=inp.encode(),
                           stdout=subprocess.PIPE, env=env, check=True)
        res = [l for l in r.stdout.decode().split('\n')[1:]]
        # one result block (lines until an empty line) per word
        blocks, cur = [], []
        for l in res:
            if l == '':
                blocks.append(cur)
                cur = []
            else:
                cur.append(l)
        for w, b in zip(words, blocks):
            ok = all(x[:1] in ('*', '+', '-') for x in b)
            if ok != want_ok:
                bad += 1
                print('%s: %s %s' % (name, w, 'rejected' if want_ok else 'accepted'))
        print('%s: %d words checked' % (name, len(words)))
    print('FAIL: %d' % bad if bad else 'OK')
    return 1 if bad else 0


def up_to_date(dicbase):
    """Do the committed .aff/.dic match what the sources give?"""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, 'az_AZ')
        write_aff(base + '.aff', build_affixes())
        build_dic(read_sources()).write(base + '.dic')
        ok = True
        for ext in ('.aff', '.dic'):
            with open(base + ext, 'rb') as a, open(dicbase + ext, 'rb') as b:
                if a.read() != b.read():
                    print('az_AZ%s is not up to date with src/: run build-dic.py' % ext)
                    ok = False
        return ok


def main(argv):
    dicbase = os.path.join(HERE, 'az_AZ')
    hs = None
    if '--hunspell' in argv:
        hs = argv[argv.index('--hunspell') + 1]
    if '--check-only' in argv:
        fresh = up_to_date(dicbase)
        r = run_check(dicbase, hs)
        if r == 77:
            return 77
        return r or (0 if fresh else 1)
    src = read_sources()
    if '--stats' in argv:
        tot = 0
        for p in POS_FILES:
            n = len(set(w for w, a, o in src[p]))
            tot += n
            print('%-12s %6d' % (p, n))
        words = set()
        for p in POS_FILES:
            words |= set(w for w, a, o in src[p])
        words |= set(f[0] for f in src['compounds'])
        print('%-12s %6d  (distinct words in src/)' % ('lexemes', len(words)))
    write_aff(dicbase + '.aff', build_affixes())
    D = build_dic(src)
    D.write(dicbase + '.dic')
    if '--stats' in argv:
        free = set(w for (w, na) in D.entries if not na)
        print('%-12s %6d  (dictionary words that stand alone, with the derived'
              ' -lı/-sız/-lıq/-sızlıq/-lılıq stems and the passives)' % ('dic stems', len(free)))
        print('%-12s %6d  (lines of az_AZ.dic, with the stem forms that need a'
              ' suffix)' % ('dic lines', len(D.lines())))
    if '--check' in argv:
        return run_check(dicbase, hs)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
