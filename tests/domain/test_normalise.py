

def _reference_search_text(*parts):
    """search_text without the ASCII fast path: every part through fold() and romanise()."""
    from kpstamps.domain.normalise import (
        PADDING,
        SEPARATOR,
        fold,
        romanisation_fold,
        romanise,
    )

    folded = [f for f in (fold(p) for p in parts if p) if f]
    if not folded:
        return ""
    base = " ".join(folded)
    layers = [base]
    latin = " ".join(romanise(f) for f in folded)
    if latin != base:
        layers.append(latin)
    variant = romanisation_fold(latin)
    if variant not in layers:
        layers.append(variant)
    return SEPARATOR.join(layers) + PADDING


def test_ascii_fast_path_equals_fold_and_romanise():
    import random

    from kpstamps.domain.normalise import search_text

    pool = ("Stamp", "STAMP", "Phyongyang", "ch'ollima", "우표", "平壤", "Марка", "ＡＢＣ", "ß", "e\u0301", " ", "  ",
            "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "\xa0", "\u3000", "\u2028", "-", "'", "12", "Ba", "")
    rng = random.Random(11)
    for _ in range(3000):
        parts = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(0, 6))]
        assert search_text(*parts) == _reference_search_text(*parts), parts
