"""The one "what changed" value every operation hands back to the GUI, so each view refreshes
only when it is concerned (STYLE.md: operation did execute)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    people: bool = False
    organizations: bool = False
    centers: bool = False
    database: bool = False  # replaced as a whole (restore): everything reloads

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.people or other.people,
            self.organizations or other.organizations,
            self.centers or other.centers,
            self.database or other.database,
        )

    def touches(self, *, people: bool = False, organizations: bool = False, centers: bool = False) -> bool:
        return (
            self.database
            or (people and self.people)
            or (organizations and self.organizations)
            or (centers and self.centers)
        )


NOTHING = Changes()
PEOPLE = Changes(people=True)
ORGANIZATIONS = Changes(organizations=True)
CENTERS = Changes(centers=True)
EVERYTHING = Changes(database=True)
