"""One module per app: the phrasings of each intent and the plan nodes it adds."""
