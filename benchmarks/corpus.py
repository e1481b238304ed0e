"""Generated documents for the benchmarks: large, interview-like, deterministic."""

from __future__ import annotations

import random

WORDS = (
    "le", "la", "les", "un", "une", "des", "phénomène", "enfants", "réseaux", "police",
    "séminaire", "internet", "pays", "victimes", "autorités", "spécialistes", "financement",
    "enquête", "coopération", "données", "sécurité", "montants", "dollars", "plateformes",
    "partenaires", "exploitation", "mineurs", "commissaire", "attachés", "zone", "région",
)


def _sentence(rng: random.Random, question: bool = False) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    if rng.random() < 0.2:
        words[rng.randrange(len(words))] = f"[{rng.choice(WORDS)}](#)"
    if rng.random() < 0.1:
        words[rng.randrange(len(words))] = f"*{rng.choice(WORDS)}*"
    text = " ".join(words)
    return text[0].upper() + text[1:] + (" ?" if question else ".")


def interview_like(size_bytes: int, seed: int = 7) -> str:
    """Front matter, then questions each followed by 1-4 answer paragraphs, until ``size_bytes``."""
    rng = random.Random(seed)
    parts = [
        "Titre d'un entretien généré pour mesurer",
        "INTERVIEW " + _sentence(rng),
        "Propos recueillis par Une Journaliste",
        "- [Twitter](#)",
        "Publié le 18/06/19 à 07h35 — Mis à jour le 18/06/19 à 18h57",
        " ".join(_sentence(rng) for _ in range(3)),
    ]
    size = sum(len(p.encode()) + 2 for p in parts)
    while size < size_bytes:
        block = [_sentence(rng, question=True)]
        for _ in range(rng.randint(1, 4)):
            block.append(" ".join(_sentence(rng) for _ in range(rng.randint(2, 7))))
        parts.extend(block)
        size += sum(len(p.encode()) + 2 for p in block)
    return "\n\n".join(parts) + "\n"
