"""Settings of the HTTP API and web UI, as data like ``newsgraph.settings``.

Each row (name, default, help) makes a field of ``WebSettings``, an environment variable
``NEWSGRAPH_<NAME>`` and a row of the table in docs/api.md.  Imports: standard library and
newsgraph's errors only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from ..errors import InvalidSetting
from ..settings import SettingRow, env_name

WEB_SETTING_ROWS: tuple[SettingRow, ...] = (
    SettingRow("api_token", "", "bearer token that POST /api/ingest needs (and reads, when reads are closed); empty: ingest is off"),
    SettingRow("api_open_reads", True, "false: every /api/ read needs the bearer token too"),
    SettingRow("api_max_body_bytes", 1_000_000, "request bodies larger than this are refused with NG105 (413)"),
    SettingRow("api_page_size", 50, "rows in a page when the request gives no limit"),
    SettingRow("api_max_page_size", 500, "largest limit a request may ask for (a larger one is NG504, 422)"),
    SettingRow("api_max_offset", 100_000, "largest offset a request may ask for"),
    SettingRow("api_cors_origins", "", "comma-separated origins allowed to call the API from other sites; empty: none (CORS closed)"),
    SettingRow("api_map_articles", 5_000, "most articles read to place events on the map (newest first)"),
)


@dataclass(frozen=True, slots=True)
class WebSettings:
    """The settings of one server. Build with ``WebSettings.load(overrides)``."""

    api_token: str = ""
    api_open_reads: bool = True
    api_max_body_bytes: int = 1_000_000
    api_page_size: int = 50
    api_max_page_size: int = 500
    api_max_offset: int = 100_000
    api_cors_origins: str = ""
    api_map_articles: int = 5_000

    @classmethod
    def load(cls, overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> WebSettings:
        """Defaults, then ``NEWSGRAPH_*`` environment variables, then explicit overrides."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for row in WEB_SETTING_ROWS:
            if env_name(row.name) in environ:
                values[row.name] = _coerce(row, environ[env_name(row.name)])
        for name, value in (overrides or {}).items():
            if value is not None:
                values[name] = _coerce(_row(name), value)
        return replace(cls(), **values).validated()

    def validated(self) -> WebSettings:
        if not 1 <= self.api_page_size <= self.api_max_page_size:
            raise InvalidSetting("api_page_size must be between 1 and api_max_page_size")
        if not self.api_open_reads and not self.api_token:
            raise InvalidSetting("closing reads (api_open_reads false) needs an api_token", hint="set NEWSGRAPH_API_TOKEN")
        if self.api_max_body_bytes < 1:
            raise InvalidSetting("api_max_body_bytes must be at least 1")
        return self

    @property
    def cors_origins(self) -> list[str]:
        return [x.strip() for x in self.api_cors_origins.split(",") if x.strip()]


def _row(name: str) -> SettingRow:
    for row in WEB_SETTING_ROWS:
        if row.name == name:
            return row
    raise InvalidSetting(f"unknown setting {name!r}", hint=f"known settings: {', '.join(r.name for r in WEB_SETTING_ROWS)}")


def _coerce(row: SettingRow, value: Any) -> Any:
    if isinstance(row.default, bool):
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
            raise InvalidSetting(f"setting {row.name} needs true or false, not {value!r}")
        return text in ("1", "true", "yes", "on")
    if isinstance(row.default, int):
        try:
            return int(value)
        except (TypeError, ValueError) as exc:
            raise InvalidSetting(f"setting {row.name} needs a whole number, not {value!r}") from exc
    return str(value)


def settings_table() -> str:
    """The settings as a Markdown table, for docs/api.md."""
    lines = ["| setting | environment variable | default | what it does |", "|---|---|---|---|"]
    lines += [f"| `{r.name}` | `{env_name(r.name)}` | `{r.default}` | {r.help} |" for r in WEB_SETTING_ROWS]
    return "\n".join(lines)


assert {f.name for f in fields(WebSettings)} == {r.name for r in WEB_SETTING_ROWS}, "settings rows and record differ"
