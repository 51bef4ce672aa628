"""Annexes: the "Annex" pages printed after the closing meeting line.

Read as the AKN reader reads the UN's annexes (``readers/akn/annexes.py``), from
what the page shows:

- a line "Annex", "Annex II", "Appendix A" (bold or not) is a label. A label with
  the word of the first label ("Annex") starts the next annex; one with another
  word ("Appendix") starts an annex inside the current one;
- the headings right after the label are its title, up to a numbered heading
  ("I.", "A"), an article heading or a paragraph;
- the unnumbered paragraphs right after the title, before any heading, are the
  annex's own preamble when numbered paragraphs or articles follow;
- then its paragraphs, by the resolution's own rules (numbers, sub-paragraphs,
  continuations across page breaks, unnumbered paragraphs between n and n + 1);
  headings go to the next paragraph; "Article 5" or "Rule 7" starts an article,
  which runs to the next article or to a numbered or "Chapter/Part/Section"
  heading; headings after the last paragraph are the annex's ``trailing`` lines.

Ids: ``annex.12``, ``annexII.3``, ``annex.art5.2``, ``annex.art5`` (an article's
only, unnumbered, paragraph), ``annex.u3`` / ``annex.art5.u1`` (unnumbered),
``annex.PP1`` (its preamble), ``annexI.appendix.3`` (an annex inside an annex); a
number printed twice in one annex gets ``_2``, with a warning (the rules of
:func:`..assemble.annex_keys` and :func:`..assemble.annex_ids`,
shared with the AKN reader).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from resolution_cli.model import Annex, Clause, Part
from resolution_cli.readers.assemble import (
    ANNEX_LABEL,
    DIVISION,
    annex_ids,
    annex_keys,
    annex_preamble,
    annex_preambular_id,
    annex_title,
    article_number,
    starts_next_annex,
)
from resolution_cli.readers.blocks import AnnexLabel
from resolution_cli.readers.leads import with_inferred_leads
from resolution_cli.readers.text.clauses import Body, Draft, between_numbers, typed
from resolution_cli.readers.text.markup import inline
from resolution_cli.readers.text.pages import Block

Warn = Callable[[str], None]


def is_label(block: Block) -> bool:
    return block.kind in ("para", "heading") and bool(ANNEX_LABEL.match(inline(block.raw).text))


@dataclass
class _Segment:
    label: str
    num: str
    line: int
    blocks: list[Block] = field(default_factory=list)
    children: list[_Segment] = field(default_factory=list)


class Annexes:
    """Collects the annexes' blocks, then reads them."""

    def __init__(self, name: str, warn: Warn) -> None:
        self.name = name
        self.warn = warn
        self.segments: list[_Segment] = []
        self.current: _Segment | None = None
        self.word = ""

    def block(self, block: Block) -> None:
        text = inline(block.raw).text
        if block.kind in ("para", "heading") and (label := ANNEX_LABEL.match(text)):
            segment = _Segment(text, label.group(2) or "", block.line)
            if not self.segments or starts_next_annex(label.group(1), self.word):
                self.word = self.word or label.group(1)
                self.segments.append(segment)
            else:
                self.segments[-1].children.append(segment)
            self.current = segment
            return
        if self.current is None:
            self.warn(
                f"{self.name}: line {block.line}: text after the closing meeting line and "
                "before any 'Annex' label: read as an annex labelled 'Annex'"
            )
            self.current = _Segment("Annex", "", block.line)
            self.segments.append(self.current)
            self.word = "Annex"
        self.current.blocks.append(block)

    def finish(self) -> tuple[Annex, ...]:
        return self.children(self.segments, None)

    def children(self, segments: list[_Segment], outer: str | None) -> tuple[Annex, ...]:
        labels = [AnnexLabel(s.line, s.label, s.num) for s in segments]
        built: list[Annex] = []
        for segment, (num, key) in zip(segments, annex_keys(labels, outer, self.say), strict=True):
            segment.num = num
            built.append(self.read(segment, key))
        return tuple(built)

    def say(self, line: int, message: str) -> None:
        self.warn(f"{self.name}: line {line}: {message}")

    def read(self, segment: _Segment, key: str) -> Annex:
        blocks = [b for b in segment.blocks if b.kind != "footnote"]
        typed_blocks = [typed(b) for b in blocks]
        titled = annex_title(typed_blocks)
        title = [inline(b.raw).text for b in blocks[:titled]]
        blocks, typed_blocks = blocks[titled:], typed_blocks[titled:]
        count = annex_preamble(typed_blocks)
        later = blocks[count:]
        preamble: list[Clause] = []
        if count:
            pre = self.body(blocks[:count])
            drafts = pre.current.operative
            preamble = [
                pre.clause(d, Part.PREAMBULAR, i, None, annex_preambular_id(key, i)).model_copy(
                    update={"annex": key}
                )
                for i, d in enumerate(drafts, 1)
            ]
            blocks = later
        body = self.body(blocks, between_numbers(blocks))
        drafts = body.current.operative
        trailing = list(body.pending)
        own, built = with_inferred_leads(preamble, self.ids(body, drafts, key))
        return Annex(
            num=segment.num,
            label=segment.label,
            title=tuple(title),
            preamble=own,
            body=built,
            trailing=tuple(trailing),
            annexes=self.children(segment.children, key),
        )

    def body(self, blocks: list[Block], between: set[int] | None = None) -> Body:
        """Read paragraphs as the resolution's operative part is read."""
        body = Body(self.name, self.warn, italics=True, sectioned=False)
        body.lead_warnings = False
        body.current.part = Part.OPERATIVE
        for index, block in enumerate(blocks):
            if block.kind == "heading":
                text = inline(block.raw).text
                if (number := article_number(text)) is not None:
                    body.article = number
                elif DIVISION.match(text):
                    body.article = None
            body.block(block, between=index in (between or set()))
        return body

    def ids(self, body: Body, drafts: list[Draft], key: str) -> tuple[Clause, ...]:
        articles = [d.article for d in drafts]
        ids = annex_ids([d.opening() for d in drafts], articles, key, self.say)
        built: list[Clause] = []
        for index, (draft, cid) in enumerate(zip(drafts, ids, strict=True), 1):
            update: dict[str, object] = {"annex": key}
            if draft.article is not None:
                update["article"] = draft.article
            clause = body.clause(draft, Part.OPERATIVE, index, None, cid)
            built.append(clause.model_copy(update=update))
        return tuple(built)
