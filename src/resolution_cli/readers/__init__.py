"""Readers: each turns one input format into a :class:`~resolution_cli.model.Resolution`.

- :mod:`.json_reader`: the project's own JSON schema;
- :mod:`.text`: markdown converted from the printed document;
- :mod:`.akn`: the UN's AKN4UN XML (OASIS Akoma Ntoso 3.0).
"""
