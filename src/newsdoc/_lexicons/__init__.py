"""Per-language word lists and patterns the parser reads, kept apart from its code.

One module per concern (months, chrome, credits, cues, ...), each holding data
keyed by language where the data depends on it: adding a language is adding data.
"""
