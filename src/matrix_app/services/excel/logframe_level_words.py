"""The names of a logframe's levels: words and phrases per level (in Spanish, English,
French and Portuguese with their usual variants; Indonesian and Russian at the end), the
level words that count only alone, and levels written as a code ("OS1", "R1.2")."""

from __future__ import annotations

import re

from ...domain.vocabulary import Level
from .parse import normalize

#: Level words that name a level only alone or with a number ("Objetivo", "Objective 2:
#: ..."): "Objetivo estratégico" may be a level above the goal, "Objetivo raro" is none.
LONE_LEVEL_WORDS = frozenset(("objective", "objectives", "objetivo", "objetivos", "objectif",
                              "objectifs"))  # fmt: skip

LEVEL_PHRASES: list[tuple[Level, tuple[str, ...]]] = [
    (Level.GOAL, ("fin", "fines", "goal", "goals", "overall objective", "overall objectives",
                  "objetivo general", "objetivos generales", "impact", "impacto",
                  "objectif global", "objectifs globaux", "ultimate outcome",
                  "resultado final", "resultat final", "resultats finaux",
                  "objetivo geral", "objetivos gerais", "fim", "objetivo superior",
                  "objectif general", "objectifs generaux",
                  # EU translations: "Incidence(s)", old Portuguese spelling "Objectivo geral"
                  "incidence", "incidences", "objectivo geral", "objectivos gerais",
                  "impacte", "impactos", "impacts")),
    (Level.PURPOSE, ("proposito", "propositos", "purpose", "purposes", "specific objective",
                     "specific objectives", "objetivo especifico", "objetivos especificos",
                     "outcome", "outcomes", "objectif specifique", "objectifs specifiques",
                     "effet direct", "effets directs", "effet", "effets",  # AfDB's outcomes
                     # the EU's "Outcome(s)" in Portuguese and Spanish, also in the spelling
                     # before 2009 ("Efeito(s) directo(s)", "Objectivo(s) específico(s)")
                     "efeito direto", "efeitos diretos", "efeito directo", "efeitos directos",
                     "efecto directo", "efectos directos", "objectivo especifico",
                     "efecto", "efectos",  # UNDP's "Efecto del MANUD"
                     "objectivos especificos",
                     # GIZ's results matrix: "Module objective: ..." over its indicators
                     "module objective", "objetivo del modulo", "objectif du module",
                     "objetivo do modulo", "modulziel",
                     # IFAD/USAID: Goal over "Development Objective"; a programme's (Brazil
                     # PPA, Global Fund) or a project's plain "Objetivo" / "Objective 1";
                     # Canada's "Intermediate outcome" between ultimate and immediate ones
                     "development objective", "objetivo de desarrollo", "objectif de developpement",
                     "objetivo de desenvolvimento", "objective", "objectives", "objetivo",
                     "objetivos", "objectif", "objectifs", "intermediate outcome",
                     "intermediate outcomes")),
    (Level.OUTPUT, ("componente", "componentes", "component", "components", "output", "outputs",
                    "expected result", "expected results", "result", "results", "resultado",
                    "resultados", "resultados esperados", "producto", "productos",
                    "resultat", "resultats", "resultats attendus", "produto", "produtos",
                    "produit", "produits",
                    # the EU's "Outputs": "Realizações", "Réalisations", "Realizaciones";
                    # Canada's "Extrants"
                    "realizacao", "realizacoes", "realisation", "realisations",
                    "realizacion", "realizaciones", "extrant", "extrants",
                    # USAID's "Intermediate result", Canada's "Immediate outcome", UNDP's
                    # "Expected outputs"
                    "intermediate result", "intermediate results", "immediate outcome",
                    "immediate outcomes", "resultado inmediato", "resultat immediat",
                    "resultat intermediaire", "resultats intermediaires",
                    "expected output", "expected outputs")),
    (Level.ACTIVITY, ("actividad", "actividades", "activity", "activities", "accion",
                      "acciones", "hito", "hitos", "milestone", "milestones", "activite",
                      "activites", "atividade", "atividades", "acao", "acoes")),
]  # fmt: skip


#: A level written as its code alone: the cadre logique's "OG", "OS1", "R1.2", "A1.2.1",
#: the Global Fund's "G1", "O2", USAID's "SO1", "IR1.1" (and "IO" / "IMO" outcomes).
_LEVEL_CODE = re.compile(r"^\s*(og|os|so|g|o|ir|r|a)\s*(\d+(?:\.\d+)*)?\s*$", re.IGNORECASE)
_CODE_LEVELS = {"og": Level.GOAL, "g": Level.GOAL, "os": Level.PURPOSE, "so": Level.PURPOSE,
                "o": Level.PURPOSE, "ir": Level.OUTPUT, "r": Level.OUTPUT, "a": Level.ACTIVITY}  # fmt: skip


def code_level(text: object) -> Level | None:
    """The level a bare level code names ("OS1" -> purpose, "A1.2.1" -> activity), else
    None; one letter alone ("A", "O") names nothing."""
    found = _LEVEL_CODE.match(str(text)) if isinstance(text, str) else None
    if found is None or (len(found[1]) == 1 and not found[2]):
        return None
    return _CODE_LEVELS[found[1].lower()]


def lone_level_word(raw: str, n: int) -> bool:
    """Whether the words before a colon are the level word and at most a number."""
    head = re.findall(r"[a-z]+|[0-9]+(?:\.[0-9]+)*", normalize(raw.split(":", 1)[0]))
    return len(head) <= n + 1 and all(w.replace(".", "").isdigit() for w in head[n:])


#: Indonesian and Russian level names; added to ``LEVEL_PHRASES``.
MORE_LEVEL_PHRASES = {
    Level.GOAL: ("tujuan", "tujuan umum", "dampak", "цель", "общая цель", "цель развития",
                 "воздействие"),
    Level.PURPOSE: ("sasaran", "tujuan khusus", "конкретная цель", "задача", "задачи",
                    "непосредственный результат", "непосредственные результаты"),
    Level.OUTPUT: ("keluaran", "hasil", "результат", "результаты", "ожидаемые результаты",
                   "продукт", "продукты"),
    Level.ACTIVITY: ("kegiatan", "aktivitas", "мероприятие", "мероприятия", "деятельность"),
}  # fmt: skip
LEVEL_PHRASES[:] = [
    (level, phrases + tuple(normalize(p) for p in MORE_LEVEL_PHRASES.get(level, ())))
    for level, phrases in LEVEL_PHRASES
]
