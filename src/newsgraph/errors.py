"""The one exception tree of newsgraph, with stable codes.

Every error carries a stable ``code`` (NGnnn, never reused), a short ``reason`` slug used in
summaries and stored rejections, the CLI ``exit_code`` and the HTTP ``http_status`` it maps
to, and a message that says how to fix the problem.

    NewsgraphError                      NG100
    ├── InputError                      NG1xx  one input cannot become an article
    │   ├── InputNotFound               NG101  missing_path
    │   ├── EmptyInput                  NG102  empty
    │   ├── BinaryInput                 NG103  binary
    │   ├── UndecodableInput            NG104  undecodable
    │   ├── InputTooLarge               NG105  too_large
    │   ├── MalformedFeed               NG106  malformed_feed
    │   ├── TruncatedArchive            NG107  truncated_archive
    │   ├── NotAnArticle                NG108  not_an_article
    │   ├── UnsupportedLanguage         NG109  unsupported_language
    │   ├── MalformedRecord             NG110  malformed_record
    │   ├── ExtractionFailed            NG111  extraction_failed (a stage failed on this input)
    │   └── TimeLimitExceeded           NG112  time_limit (the analysis ran over max_article_seconds)
    ├── ConfigurationError              NG2xx  the run is set up wrongly; nothing can proceed
    │   ├── ModelNotInstalled           NG201  model_not_installed
    │   ├── PipelineError               NG202  pipeline_invalid (stage requirements unmet)
    │   ├── InvalidSetting              NG203  invalid_setting
    │   └── InvalidDate                 NG204  invalid_date
    ├── StoreError                      NG3xx  the database cannot be used
    │   ├── StoreOpenError              NG301  store_unavailable
    │   ├── StoreSchemaError            NG302  store_schema
    │   ├── NotAStore                   NG303  not_a_store (another program's database, left untouched)
    │   ├── StoreMissing                NG304  store_missing (a reading command found no database)
    │   ├── StoreFull                   NG305  store_full (the disk or the database's size limit is full)
    │   └── StoreReadOnly               NG306  store_read_only (the database may be read, not written)
    ├── EvaluationError                 NG4xx  gold data cannot be read
    │   └── GoldDataMissing             NG401  gold_missing
    └── ApiError                        NG5xx  an HTTP request cannot be served (web/errors.py)
        ├── Unauthorized                NG501  unauthorized
        ├── IngestDisabled              NG502  ingest_disabled (no token set: ingest over HTTP is off)
        ├── NotFound                    NG503  not_found
        ├── InvalidRequest              NG504  invalid_request
        ├── MethodNotAllowed            NG505  method_not_allowed
        └── UnsupportedMedia            NG506  unsupported_media

Exit codes follow INTERFACE.md: 1 some inputs rejected, 2 usage error, 3 nothing processed.
Imports: standard library only.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""

    code = "NG100"
    reason = "error"
    exit_code = 3
    http_status = 500
    hint = ""

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None) -> None:
        self.source = source
        if hint is not None:
            self.hint = hint
        super().__init__(message)

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.reason

    def describe(self) -> str:
        """One line for a terminal: code, input, message and how to fix it."""
        where = f"{self.source}: " if self.source else ""
        fix = f" ({self.hint})" if self.hint else ""
        return f"error {self.code} [{self.reason}] {where}{self.message}{fix}"

    def to_dict(self) -> dict[str, str | None]:
        return {
            "code": self.code,
            "reason": self.reason,
            "source": self.source,
            "message": self.message,
            "hint": self.hint or None,
        }


class InputError(NewsgraphError):
    """One input cannot become an article; the rest of the batch goes on."""

    code = "NG199"
    reason = "bad_input"
    exit_code = 1
    http_status = 422


class InputNotFound(InputError):
    code = "NG101"
    reason = "missing_path"
    http_status = 404
    hint = "check the path; folders are read recursively"


class EmptyInput(InputError):
    code = "NG102"
    reason = "empty"
    hint = "the input has no text to analyse"


class BinaryInput(InputError):
    code = "NG103"
    reason = "binary"
    hint = "give text, HTML, JSON lines, a feed, a WARC file or gzip of these"


class UndecodableInput(InputError):
    code = "NG104"
    reason = "undecodable"
    hint = "save the file as UTF-8"


class InputTooLarge(InputError):
    code = "NG105"
    reason = "too_large"
    http_status = 413
    hint = "split the input or raise the max_input_bytes setting"


class MalformedFeed(InputError):
    code = "NG106"
    reason = "malformed_feed"
    hint = "the feed is not well-formed RSS or Atom"


class TruncatedArchive(InputError):
    code = "NG107"
    reason = "truncated_archive"
    hint = "the compressed file ends early; download it again"


class NotAnArticle(InputError):
    code = "NG108"
    reason = "not_an_article"
    hint = "no article text was found in the input"


class UnsupportedLanguage(InputError):
    code = "NG109"
    reason = "unsupported_language"
    hint = "only English is analysed by default; set allow_languages to accept others"


class MalformedRecord(InputError):
    code = "NG110"
    reason = "malformed_record"
    hint = "each JSON record needs a 'text' field with the article body"


class ExtractionFailed(InputError):
    code = "NG111"
    reason = "extraction_failed"
    http_status = 500
    hint = "this is a bug in newsgraph; please report it with the input"


class TimeLimitExceeded(InputError):
    code = "NG112"
    reason = "time_limit"
    http_status = 422
    hint = "the analysis was stopped; raise the max_article_seconds setting (--time-limit) or split the article"


class ConfigurationError(NewsgraphError):
    """The run is set up wrongly; nothing can proceed until it is fixed."""

    code = "NG200"
    reason = "configuration"
    exit_code = 2
    http_status = 500


class ModelNotInstalled(ConfigurationError):
    code = "NG201"
    reason = "model_not_installed"
    exit_code = 3
    hint = "install the pinned model with `make install`, or name an installed spaCy pipeline with --model"


class PipelineError(ConfigurationError):
    code = "NG202"
    reason = "pipeline_invalid"
    hint = "add the stage that provides what is missing, or put it earlier"


class InvalidSetting(ConfigurationError):
    code = "NG203"
    reason = "invalid_setting"
    http_status = 422


class InvalidDate(ConfigurationError):
    code = "NG204"
    reason = "invalid_date"
    http_status = 422
    hint = "write the date as YYYY-MM-DD"


class StoreError(NewsgraphError):
    """The database cannot be used."""

    code = "NG300"
    reason = "store"
    exit_code = 3
    http_status = 503


class StoreOpenError(StoreError):
    code = "NG301"
    reason = "store_unavailable"
    hint = "check the --db path or URL and that you may write there"


class StoreSchemaError(StoreError):
    code = "NG302"
    reason = "store_schema"
    hint = "the database was written by another version; export it and ingest again"


class NotAStore(StoreError):
    code = "NG303"
    reason = "not_a_store"
    exit_code = 2
    hint = "this is not a newsgraph database and was left untouched; give --db a new file name or a newsgraph database"


class StoreMissing(StoreError):
    code = "NG304"
    reason = "store_missing"
    exit_code = 2
    hint = "check the --db path or URL; `newsgraph ingest` creates a database, reading commands never do"


class StoreFull(StoreError):
    """A write found no room; the transaction was rolled back, what was committed before stays."""

    code = "NG305"
    reason = "store_full"
    exit_code = 3
    hint = "free disk space (or raise the database's size limit), then run the same command again: what is stored is kept and is not stored twice"


class StoreReadOnly(StoreError):
    """A write was refused because the database, its file or the user may only be read."""

    code = "NG306"
    reason = "store_read_only"
    exit_code = 3
    hint = "give newsgraph write access (the SQLite file and its folder, or a PostgreSQL role that may write), then run again"


class EvaluationError(NewsgraphError):
    code = "NG400"
    reason = "evaluation"
    exit_code = 2


class GoldDataMissing(EvaluationError):
    code = "NG401"
    reason = "gold_missing"
    hint = "pass the folder or file of the gold data with --gold"


ALL_ERRORS: tuple[type[NewsgraphError], ...] = (
    NewsgraphError,
    InputError,
    InputNotFound,
    EmptyInput,
    BinaryInput,
    UndecodableInput,
    InputTooLarge,
    MalformedFeed,
    TruncatedArchive,
    NotAnArticle,
    UnsupportedLanguage,
    MalformedRecord,
    ExtractionFailed,
    TimeLimitExceeded,
    ConfigurationError,
    ModelNotInstalled,
    PipelineError,
    InvalidSetting,
    InvalidDate,
    StoreError,
    StoreOpenError,
    StoreSchemaError,
    NotAStore,
    StoreMissing,
    StoreFull,
    StoreReadOnly,
    EvaluationError,
    GoldDataMissing,
)


def error_for_reason(reason: str) -> type[NewsgraphError]:
    """The error class whose reason slug is ``reason`` (InputError if unknown)."""
    return next((cls for cls in ALL_ERRORS if cls.reason == reason), InputError)
