"""AKN4UN: sections whose numbering restarts (budget and omnibus resolutions).

A section is printed as its number ("I", "A", "Section 2"), heading lines, often
its own preambular lines, and operative paragraphs numbered again from 1. The
UN cites a paragraph in one as "sect. II, para. 5"; its id is ``II.OP5``.

When a section starts:

- a ``section`` (or any grouping element) whose leading ``num``/``heading``/
  ``subheading`` lines hold a section number (a roman numeral, a capital
  letter, or "Section" and a number) starts a section with that number; the
  lines printed before the number (a title over several sections) and after it
  are its heading lines, in order. A group with a section number inside a
  section is a section of its own, numbered ``outer.inner`` (``II.A``);
- a paragraph holding only a number and headings, whose first line is a
  section number, starts a section when, in its main body, the operative
  numbering restarts at 1 after such a heading (heading-only paragraphs "I",
  "II" over continuously numbered paragraphs, as in the oceans resolutions,
  stay headings); in a statement of several preamble/mainBody pairs, every such
  heading (in a preamble or a main body) starts a section;
- so does, by the same rule, a bare ``subheading``/``heading`` line of a main
  body that is a section number ("I", then the section's heading as another bare
  line), with no ``section`` element around its paragraphs (issue 16, pattern 7).

What a section holds: the ``crossHeading`` lines (``refersTo="#preamble"``)
printed before its first operative paragraph are its preambular clauses, with
their lead phrases and footnote markers; its paragraphs are its operative
clauses. Heading lines printed before its first clause join its heading. A
section lasts until the next section starts: paragraphs printed after a
section's group element stay in it (the printed order is kept).

In other languages (:mod:`resolution_cli.readers.numbering`): the number may be
printed in the language's words ("一", "أولا", "ثاني عشر"), read as the English roman
numeral for ids, its line kept in the heading; the heading may share the number's
line ("I Деятельность ..."), and, where the language does so, the number line may be
a paragraph all in bold (French, Arabic) or, in Chinese, a plain one.

Ids: ``II.PP1`` (by position) and ``II.OP5`` (by printed number), by the rules
of :mod:`resolution_cli.readers.assemble` (:func:`~resolution_cli.readers.assemble.operative_ids`),
which the text reader applies too; which heading-only paragraphs open a section
is :func:`~resolution_cli.readers.assemble.opening_sections`.
"""
