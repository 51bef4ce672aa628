"""Readers: each turns one input format into a :class:`~resolution_cli.model.Resolution`.

- :mod:`.json_reader`: the project's own JSON schema;
- :mod:`.text`: markdown converted from the printed document;
- :mod:`.akn`: the UN's AKN4UN XML (OASIS Akoma Ntoso 3.0).

The two readers of a printed resolution (:mod:`.akn`, :mod:`.text`) differ in how
they see their input; the rules of what it means are written once, for both:

- :mod:`.blocks`: the typed blocks a reader sees (heading, numbered and
  unnumbered paragraph, sub-paragraph, table, footnote, closing line, annex
  label, preambular clause);
- :mod:`.assemble`: the rules applied to blocks and to the clauses built from
  them: which headings open a section, unnumbered paragraphs between n and n + 1,
  heading placement (:class:`~.assemble.Outline`), operative, preambular and
  annex ids and their warnings, annex keys, the lettering after "(z)", and the
  printed words (annex labels, articles, divisions, sub-paragraph labels);
- :mod:`.numbering`: a section's number in a heading line;
- :mod:`.checked`: the model built from what was read, pydantic's refusal one
  :class:`~resolution_cli.errors.LoadError`.

The printed words those rules read (the lead-phrase adverbs, "Annex", "Article",
"Section") are one table, :mod:`resolution_cli.words`. A change of rule for both
readers (another language, a paragraph cited by its printed number) is made in
:mod:`.assemble` and :mod:`resolution_cli.words`.
"""
