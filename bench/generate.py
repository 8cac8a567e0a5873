"""Generate large synthetic projects for benchmarks (``python bench/generate.py OUT.nap N``).

Each commitment gets a full logframe: goal, purpose, ``outputs`` outputs with
``activities`` activities each, ``indicators`` indicators spread over purpose and outputs,
dated targets and ``measurements`` measurements per indicator. Everything is written through
the service layer's Writer in one transaction, so the files are real, journaled projects.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

from matrix_app.domain import models as m
from matrix_app.services.project import Project

LEVEL_WORDS = ["transparency", "open data", "participation", "records", "portal", "training"]


def generate(
    path: Path,
    commitments: int,
    indicators_per_commitment: int = 10,
    measurements_per_indicator: int = 5,
    outputs: int = 3,
    activities: int = 2,
    seed: int = 7,
    journal: bool = True,
) -> Path:
    rnd = random.Random(seed)
    start = dt.date(2014, 7, 1)
    end = dt.date(2016, 6, 30)
    with Project.new(path, title="Generated") as project, project.write() as w:
        w.journal_enabled = journal
        plan = w.create(
            m.ActionPlan,
            title=f"Generated plan ({commitments} commitments)",
            government="Generated",
            period_start=start,
            period_end=end,
        )
        inst_ids = w.bulk_create(
            m.Institution,
            [
                {"name": f"Institution {i}", "acronym": f"I{i}", "kind": "ministry"}
                for i in range(max(3, commitments // 10))
            ],
        )
        rows: dict[type, list[dict]] = {
            cls: []
            for cls in (
                m.Commitment,
                m.CommitmentInstitution,
                m.Result,
                m.Indicator,
                m.Target,
                m.Measurement,
            )
        }

        def add(cls: type, **fields: object) -> str:
            fields["id"] = m.new_id()
            rows[cls].append(fields)
            return fields["id"]  # type: ignore[return-value]

        for n in range(1, commitments + 1):
            word = LEVEL_WORDS[n % len(LEVEL_WORDS)]
            cid = add(
                m.Commitment,
                plan_id=plan.id,
                code=str(n),
                title=f"Commitment {n}: {word}",
                objective=f"Improve {word} in public bodies",
                start_date=start,
                end_date=end,
                completion=rnd.choice(["not_started", "limited", "substantial", "complete"]),
                themes=word,
                ogp_access_to_information=True,
                position=float(n),
            )
            add(
                m.CommitmentInstitution,
                commitment_id=cid,
                institution_id=rnd.choice(inst_ids),
                role="lead",
                position=1.0,
            )
            add(m.Result, commitment_id=cid, level="goal", narrative=f"Goal of {n}", position=1.0)
            purpose = add(
                m.Result,
                commitment_id=cid,
                level="purpose",
                narrative=f"Purpose of {n}",
                position=1.0,
            )
            holders = [purpose]
            for o in range(outputs):
                out = add(
                    m.Result,
                    commitment_id=cid,
                    level="output",
                    parent_id=purpose,
                    narrative=f"Output {o + 1} of {n}",
                    assumptions="Budget is approved",
                    position=float(o + 1),
                )
                holders.append(out)
                for a in range(activities):
                    add(
                        m.Result,
                        commitment_id=cid,
                        level="activity",
                        parent_id=out,
                        narrative=f"Activity {o + 1}.{a + 1} of {n}",
                        start_date=start,
                        end_date=dt.date(2015, 12, 31),
                        progress=rnd.choice([0, 25, 50, 100]),
                        position=float(a + 1),
                    )
            for k in range(indicators_per_commitment):
                ind = add(
                    m.Indicator,
                    result_id=holders[k % len(holders)],
                    commitment_id=cid,
                    name=f"Indicator {n}.{k + 1}",
                    unit="%",
                    formula="a / b * 100",
                    baseline_value=rnd.randint(0, 40),
                    baseline_date=start,
                    means_of_verification="Agency records",
                    position=float(k + 1),
                )
                add(m.Target, indicator_id=ind, commitment_id=cid, due_date=end, value=90)
                for j in range(measurements_per_indicator):
                    add(
                        m.Measurement,
                        indicator_id=ind,
                        commitment_id=cid,
                        measured_on=start + dt.timedelta(days=90 * (j + 1)),
                        value=rnd.randint(20, 95),
                    )
        for cls, batch in rows.items():
            w.bulk_create(cls, batch)
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("commitments", type=int)
    ap.add_argument("--indicators", type=int, default=10)
    ap.add_argument("--measurements", type=int, default=5)
    ap.add_argument("--no-journal", action="store_true")
    args = ap.parse_args()
    if args.out.exists():
        args.out.unlink()
    t = time.perf_counter()
    generate(
        args.out, args.commitments, args.indicators, args.measurements, journal=not args.no_journal
    )
    print(
        f"{args.out}: {args.commitments} commitments in {time.perf_counter() - t:.1f} s, "
        f"{args.out.stat().st_size / 1e6:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
