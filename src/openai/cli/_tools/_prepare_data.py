"""`openai tools fine_tunes.prepare_data`: checks a prompt-completion data set and offers fixes.

The analysis and its messages are those of the official tool; the data is held as plain rows
(lists of dicts) rather than a pandas DataFrame, so the tool works without the `datalib` extra.
Every check returns a `Remediation`: a message to show now, a fix that must be applied
(`necessary_fn`), one the user may accept (`optional_fn`), or an error that stops the run.
"""

from __future__ import annotations

import csv
import json
import os
import random
import sys
from collections import Counter
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Tuple

from .._errors import CLIError

FIELDS = ["prompt", "completion"]
_GUIDE = "https://platform.openai.com/docs/guides/fine-tuning/preparing-your-dataset"


class Table:
    """Rows of string values under named columns (the reader's column order)."""

    def __init__(self, columns: List[str], rows: List[Dict[str, str]]) -> None:
        self.columns = columns
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> List[str]:
        return [row[name] for row in self.rows]

    def keep(self, positions: Any) -> "Table":
        wanted = set(positions)
        return Table(self.columns, [row for i, row in enumerate(self.rows) if i in wanted])

    def drop(self, positions: Any) -> "Table":
        unwanted = set(positions)
        return Table(self.columns, [row for i, row in enumerate(self.rows) if i not in unwanted])

    def mapped(self, name: str, change: Callable[[str], str]) -> "Table":
        return Table(self.columns, [{**row, name: change(row[name])} for row in self.rows])


Fix = Callable[[Table], Table]


class Remediation(NamedTuple):
    name: str
    immediate_msg: Optional[str] = None
    necessary_msg: Optional[str] = None
    necessary_fn: Optional[Fix] = None
    optional_msg: Optional[str] = None
    optional_fn: Optional[Fix] = None
    error_msg: Optional[str] = None


# ---- reading ------------------------------------------------------------------------------------


def _text(value: Any) -> str:
    # Every value becomes text; a missing one (null, empty cell) the empty string.
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)


def _table(records: List[Any]) -> Table:
    columns: List[str] = []
    for record in records:
        if not isinstance(record, dict):
            raise ValueError("not an object")
        columns.extend(str(key) for key in record if str(key) not in columns)
    rows = [{column: "" for column in columns} for _ in records]
    for row, record in zip(rows, records):
        row.update({str(key): _text(value) for key, value in record.items()})
    return Table(columns, rows)


def _json_table(data: Any) -> Table:
    if isinstance(data, list):
        return _table(data)
    if isinstance(data, dict) and all(isinstance(v, (dict, list)) for v in data.values()):
        # {"prompt": {"0": ..., "1": ...}, "completion": {...}} or {"prompt": [...], ...}
        columns = {str(k): list(v.values()) if isinstance(v, dict) else v for k, v in data.items()}
        length = max((len(v) for v in columns.values()), default=0)
        return _table([{k: (v[i] if i < len(v) else None) for k, v in columns.items()} for i in range(length)])
    if isinstance(data, dict):  # a single example
        return _table([data])
    raise ValueError("not a table")


def _json_lines(path: str) -> List[Any]:
    with open(path, encoding="utf-8") as file:
        return [json.loads(line) for line in file if line.strip()]


def _read_json_file(path: str) -> Table:
    with open(path, encoding="utf-8") as file:
        return _json_table(json.load(file))


def _read_delimited(path: str, delimiter: str) -> Table:
    with open(path, encoding="utf-8", newline="") as file:
        reader = csv.reader(file, delimiter=delimiter)
        header = next(reader, None)
        if header is None:
            raise ValueError("no header")
        return Table(header, [{c: (row[i] if i < len(row) else "") for i, c in enumerate(header)} for row in reader])


def _read_xlsx(path: str) -> Tuple[Table, bool]:
    try:
        import openpyxl  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        raise CLIError("Reading an .xlsx file needs the `openpyxl` package: pip install openpyxl") from None
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    several = len(book.sheetnames) > 1
    rows = list(book[book.sheetnames[0]].iter_rows(values_only=True))
    header = [_text(value) for value in rows[0]] if rows else []
    return _table([dict(zip(header, row)) for row in rows[1:]]), several


def read_any_format(fname: str, fields: List[str] = FIELDS) -> Tuple[Optional[Table], Remediation]:
    """Reads .csv, .tsv, .xlsx (first sheet), .txt (one completion a line), .json or .jsonl."""
    immediate_msg = necessary_msg = error_msg = None
    table: Optional[Table] = None
    lower = fname.lower()
    if not os.path.isfile(fname):
        error_msg = f"File {fname} does not exist."
    else:
        try:
            if lower.endswith((".csv", ".tsv")):
                kind, delimiter = ("CSV", ",") if lower.endswith(".csv") else ("TSV", "\t")
                immediate_msg = f"\n- Based on your file extension, your file is formatted as a {kind} file"
                necessary_msg = f"Your format `{kind}` will be converted to `JSONL`"
                table = _read_delimited(fname, delimiter)
            elif lower.endswith(".xlsx"):
                immediate_msg = "\n- Based on your file extension, your file is formatted as an Excel file"
                necessary_msg = "Your format `XLSX` will be converted to `JSONL`"
                table, several_sheets = _read_xlsx(fname)
                if several_sheets:
                    immediate_msg += "\n- Your Excel file contains more than one sheet. Please either save as csv or ensure all data is present in the first sheet. WARNING: Reading only the first sheet..."
            elif lower.endswith(".txt"):
                immediate_msg = "\n- Based on your file extension, you provided a text file"
                necessary_msg = "Your format `TXT` will be converted to `JSONL`"
                with open(fname, encoding="utf-8") as file:
                    lines = file.read().split("\n")
                table = Table(list(fields), [{fields[0]: "", fields[1]: line} for line in lines])
            elif lower.endswith(".jsonl"):
                records = _json_lines(fname)
                if len(records) == 1:  # one line: a JSON document, not JSON lines
                    immediate_msg = "\n- Your JSONL file appears to be in a JSON format. Your file will be converted to JSONL format"
                    necessary_msg = "Your format `JSON` will be converted to `JSONL`"
                    table = _read_json_file(fname)
                else:
                    table = _table(records)
            elif lower.endswith(".json"):
                try:
                    records = _json_lines(fname)
                except ValueError:  # an indented document
                    table = _read_json_file(fname)
                else:
                    if len(records) == 1:
                        table = _read_json_file(fname)
                    else:
                        immediate_msg = "\n- Your JSON file appears to be in a JSONL format. Your file will be converted to JSONL format"
                        necessary_msg = "Your format `JSON` will be converted to `JSONL`"
                        table = _table(records)
            else:
                error_msg = (
                    "Your file must have one of the following extensions: .CSV, .TSV, .XLSX, .TXT, .JSON or .JSONL"
                )
                if "." in fname:
                    error_msg += f" Your file `{fname}` ends with the extension `.{fname.split('.')[-1]}` which is not supported."
                else:
                    error_msg += f" Your file `{fname}` is missing a file extension."
        except (ValueError, TypeError, csv.Error, UnicodeDecodeError):
            kind = fname.split(".")[-1].upper()
            error_msg = f"Your file `{fname}` does not appear to be in valid {kind} format. Please ensure your file is formatted as a valid {kind} file."
    remediation = Remediation(
        name="read_any_format", necessary_msg=necessary_msg, immediate_msg=immediate_msg, error_msg=error_msg
    )
    return table, remediation


# ---- helpers the checks share -------------------------------------------------------------------


def infer_task_type(table: Table) -> str:
    if sum(len(prompt) for prompt in table.column("prompt")) == 0:
        return "open-ended generation"
    if len(set(table.column("completion"))) < len(table) / 3:  # at least 3 examples per class on average
        return "classification"
    return "conditional generation"


def get_common_xfix(values: List[str], xfix: str = "suffix") -> str:
    """The longest prefix (or suffix) all values share."""
    if not values:
        return ""
    if xfix == "suffix":
        return os.path.commonprefix([value[::-1] for value in values])[::-1]
    return os.path.commonprefix(values)


def _shown(text: str) -> str:
    return text.replace("\n", "\\n")


# ---- the checks, in the order they run ----------------------------------------------------------


def num_examples_validator(table: Table) -> Remediation:
    advice = (
        ""
        if len(table) >= 100
        else ". In general, we recommend having at least a few hundred examples. We've found that performance tends to linearly increase for every doubling of the number of examples"
    )
    return Remediation(
        name="num_examples", immediate_msg=f"\n- Your file contains {len(table)} prompt-completion pairs{advice}"
    )


def necessary_column_validator(table: Table, necessary_column: str) -> Remediation:
    if necessary_column in table.columns:
        return Remediation(name="necessary_column")
    found = [c for c in table.columns if c.lower() == necessary_column]
    if not found:
        return Remediation(
            name="necessary_column",
            error_msg=f"`{necessary_column}` column/key is missing. Please make sure you name your columns/keys appropriately, then retry",
        )

    def rename(t: Table) -> Table:
        old = found[0]
        columns = [necessary_column if c == old else c for c in t.columns]
        rows = [{(necessary_column if k == old else k): v for k, v in row.items()} for row in t.rows]
        return Table(columns, rows)

    return Remediation(
        name="necessary_column",
        immediate_msg=f"\n- The `{necessary_column}` column/key should be lowercase",
        necessary_msg=f"Lower case column name to `{necessary_column}`",
        necessary_fn=rename,
    )


def additional_column_validator(table: Table, fields: List[str] = FIELDS) -> Remediation:
    if len(table.columns) <= 2:
        return Remediation(name="additional_column")
    additional = [c for c in table.columns if c not in fields]
    warning = ""
    for field in fields:
        # A column such as `prompt_2` or `Completion ` is probably a stray copy of a needed one.
        if any(field in column for column in additional):
            warning += f"\n  WARNING: Some of the additional columns/keys contain `{field}` in their name. These will be ignored, and the column/key `{field}` will be used instead. This could also result from a duplicate column/key in the provided file."
    return Remediation(
        name="additional_column",
        immediate_msg=f"\n- The input file should contain exactly two columns/keys per row. Additional columns/keys present are: {additional}{warning}",
        necessary_msg=f"Remove additional columns/keys: {additional}",
        necessary_fn=lambda t: Table(list(fields), [{f: row[f] for f in fields} for row in t.rows]),
    )


def non_empty_field_validator(table: Table, field: str = "completion") -> Remediation:
    empty = [i for i, value in enumerate(table.column(field)) if value == ""]
    if not empty:
        return Remediation(name=f"empty_{field}")
    return Remediation(
        name=f"empty_{field}",
        immediate_msg=f"\n- `{field}` column/key should not contain empty strings. These are rows: {empty}",
        necessary_msg=f"Remove {len(empty)} rows with empty {field}s",
        necessary_fn=lambda t: Table(t.columns, [row for row in t.rows if row[field] != ""]),
    )


def format_inferrer_validator(table: Table) -> Remediation:
    immediate_msg = None
    if infer_task_type(table) == "classification":
        immediate_msg = "\n- Based on your data it seems like you're trying to fine-tune a model for classification\n- For classification, we recommend you try one of the faster and cheaper models, such as `ada`\n- For classification, you can estimate the expected model performance by keeping a held out dataset, which is not used for training"
    return Remediation(name="num_examples", immediate_msg=immediate_msg)


def _duplicates(table: Table, fields: List[str]) -> List[int]:
    seen: set[Tuple[str, ...]] = set()
    found = []
    for i, row in enumerate(table.rows):
        key = tuple(row[f] for f in fields)
        if key in seen:
            found.append(i)
        seen.add(key)
    return found


def duplicated_rows_validator(table: Table, fields: List[str] = FIELDS) -> Remediation:
    duplicated = _duplicates(table, fields)
    if not duplicated:
        return Remediation(name="duplicated_rows")
    return Remediation(
        name="duplicated_rows",
        immediate_msg=f"\n- There are {len(duplicated)} duplicated {'-'.join(fields)} sets. These are rows: {duplicated}",
        optional_msg=f"Remove {len(duplicated)} duplicate rows",
        optional_fn=lambda t: t.drop(_duplicates(t, fields)),
    )


def long_examples_validator(table: Table) -> Remediation:
    if infer_task_type(table) == "open-ended generation":
        return Remediation(name="long_examples")

    def long_rows(t: Table) -> List[int]:
        return [i for i, row in enumerate(t.rows) if len(row["prompt"]) + len(row["completion"]) > 10000]

    found = long_rows(table)
    if not found:
        return Remediation(name="long_examples")

    def remove(t: Table) -> Table:
        now = long_rows(t)
        if now != found:
            sys.stdout.write(
                f"The indices of the long examples has changed as a result of a previously applied recommendation.\nThe {len(now)} long examples to be dropped are now at the following indices: {now}\n"
            )
        return t.drop(now)

    return Remediation(
        name="long_examples",
        immediate_msg=f"\n- There are {len(found)} examples that are very long. These are rows: {found}\nFor conditional generation, and for classification the examples shouldn't be longer than 2048 tokens.",
        optional_msg=f"Remove {len(found)} long examples",
        optional_fn=remove,
    )


def lower_case_validator(table: Table, column: str) -> Optional[Remediation]:
    text = "".join(table.column(column))
    upper = sum(1 for c in text if c.isalpha() and c.isupper())
    lower = sum(1 for c in text if c.isalpha() and c.islower())
    if upper * 2 <= lower:
        return None
    return Remediation(
        name="lower_case",
        immediate_msg=f"\n- More than a third of your `{column}` column/key is uppercase. Uppercase {column}s tends to perform worse than a mixture of case encountered in normal language. We recommend to lower case the data if that makes sense in your domain. See {_GUIDE} for more details",
        optional_msg=f"Lowercase all your data in column/key `{column}`",
        optional_fn=lambda t: t.mapped(column, str.lower),
    )


def common_prompt_suffix_validator(table: Table) -> Remediation:
    prompts = table.column("prompt")
    # A separator to suggest: the first that no prompt contains yet.
    suggested = "\n\n### =>\n\n"
    for option in (" ->", "\n\n###\n\n", "\n\n===\n\n", "\n\n---\n\n", "\n\n===>\n\n", "\n\n--->\n\n"):
        if option == " ->" and any("\n" in p for p in prompts):
            continue
        if any(option in p for p in prompts):
            continue
        suggested = option
        break

    if infer_task_type(table) == "open-ended generation":
        return Remediation(name="common_suffix")

    suffix = get_common_xfix(prompts, xfix="suffix")
    if all(p == suffix for p in prompts):
        return Remediation(
            name="common_suffix",
            error_msg=f"All prompts are identical: `{suffix}`\nConsider leaving the prompts blank if you want to do open-ended generation, otherwise ensure prompts are different",
        )
    optional_msg = optional_fn = None
    if suffix:
        immediate_msg = f"\n- All prompts end with suffix `{_shown(suffix)}`"
        if len(suffix) > 10:
            immediate_msg += f". This suffix seems very long. Consider replacing with a shorter suffix, such as `{_shown(suggested)}`"
        if any(suffix in p[: -len(suffix)] for p in prompts):
            immediate_msg += f"\n  WARNING: Some of your prompts contain the suffix `{suffix}` more than once. We strongly suggest that you review your prompts and add a unique suffix"
    else:
        immediate_msg = f"\n- Your data does not contain a common separator at the end of your prompts. Having a separator string appended to the end of the prompt makes it clearer to the fine-tuned model where the completion should begin. See {_GUIDE} for more detail and examples. If you intend to do open-ended generation, then you should leave the prompts empty"
        optional_msg = f"Add a suffix separator `{_shown(suggested)}` to all prompts"
        optional_fn = lambda t: t.mapped("prompt", lambda p: p + suggested)  # noqa: E731
    return Remediation(
        name="common_completion_suffix",
        immediate_msg=immediate_msg,
        optional_msg=optional_msg,
        optional_fn=optional_fn,
    )


def common_prompt_prefix_validator(table: Table) -> Remediation:
    prompts = table.column("prompt")
    prefix = get_common_xfix(prompts, xfix="prefix")
    if prefix == "" or all(p == prefix for p in prompts):  # identical prompts: reported above
        return Remediation(name="common_prefix")
    immediate_msg = f"\n- All prompts start with prefix `{prefix}`"
    optional_msg = optional_fn = None
    if len(prefix) > 12:
        immediate_msg += ". Fine-tuning doesn't require the instruction specifying the task, or a few-shot example scenario. Most of the time you should only add the input data into the prompt, and the desired output into the completion"
        optional_msg = f"Remove prefix `{prefix}` from all prompts"
        optional_fn = lambda t: t.mapped("prompt", lambda p: p[len(prefix) :])  # noqa: E731
    return Remediation(
        name="common_prompt_prefix", immediate_msg=immediate_msg, optional_msg=optional_msg, optional_fn=optional_fn
    )


def common_completion_prefix_validator(table: Table) -> Remediation:
    completions = table.column("completion")
    prefix = get_common_xfix(completions, xfix="prefix")
    if len(prefix) < 5 or all(c == prefix for c in completions):
        return Remediation(name="common_prefix")
    # A leading space helps tokenization: removing the prefix keeps one.
    lead = " " if prefix.startswith(" ") else ""
    return Remediation(
        name="common_completion_prefix",
        immediate_msg=f"\n- All completions start with prefix `{prefix}`. Most of the time you should only add the output data into the completion, without any prefix",
        optional_msg=f"Remove prefix `{prefix}` from all completions",
        optional_fn=lambda t: t.mapped("completion", lambda c: lead + c[len(prefix) :]),
    )


def common_completion_suffix_validator(table: Table) -> Remediation:
    if infer_task_type(table) in ("open-ended generation", "classification"):
        return Remediation(name="common_suffix")
    completions = table.column("completion")
    suffix = get_common_xfix(completions, xfix="suffix")
    if all(c == suffix for c in completions):
        return Remediation(
            name="common_suffix",
            error_msg=f"All completions are identical: `{suffix}`\nEnsure completions are different, otherwise the model will just repeat `{suffix}`",
        )
    suggested = " [END]"
    for option in ("\n", ".", " END", "***", "+++", "&&&", "$$$", "@@@", "%%%"):
        if not any(option in c for c in completions):
            suggested = option
            break
    optional_msg = optional_fn = None
    if suffix:
        immediate_msg = f"\n- All completions end with suffix `{_shown(suffix)}`"
        if len(suffix) > 10:
            immediate_msg += f". This suffix seems very long. Consider replacing with a shorter suffix, such as `{_shown(suggested)}`"
        if any(suffix in c[: -len(suffix)] for c in completions):
            immediate_msg += f"\n  WARNING: Some of your completions contain the suffix `{suffix}` more than once. We suggest that you review your completions and add a unique ending"
    else:
        immediate_msg = f"\n- Your data does not contain a common ending at the end of your completions. Having a common ending string appended to the end of the completion makes it clearer to the fine-tuned model where the completion should end. See {_GUIDE} for more detail and examples."
        optional_msg = f"Add a suffix ending `{_shown(suggested)}` to all completions"
        optional_fn = lambda t: t.mapped("completion", lambda c: c + suggested)  # noqa: E731
    return Remediation(
        name="common_completion_suffix",
        immediate_msg=immediate_msg,
        optional_msg=optional_msg,
        optional_fn=optional_fn,
    )


def completions_space_start_validator(table: Table) -> Remediation:
    if all(c.startswith(" ") for c in table.column("completion")):
        return Remediation(name="completion_space_start")
    return Remediation(
        name="completion_space_start",
        immediate_msg=f"\n- The completion should start with a whitespace character (` `). This tends to produce better results due to the tokenization we use. See {_GUIDE} for more details",
        optional_msg="Add a whitespace character to the beginning of the completion",
        optional_fn=lambda t: t.mapped("completion", lambda c: c if c.startswith(" ") else " " + c),
    )


Validator = Callable[[Table], Optional[Remediation]]


def get_validators() -> List[Validator]:
    return [
        num_examples_validator,
        lambda t: necessary_column_validator(t, "prompt"),
        lambda t: necessary_column_validator(t, "completion"),
        additional_column_validator,
        non_empty_field_validator,
        format_inferrer_validator,
        duplicated_rows_validator,
        long_examples_validator,
        lambda t: lower_case_validator(t, "prompt"),
        lambda t: lower_case_validator(t, "completion"),
        common_prompt_suffix_validator,
        common_prompt_prefix_validator,
        common_completion_prefix_validator,
        common_completion_suffix_validator,
        completions_space_start_validator,
    ]


# ---- applying the fixes -------------------------------------------------------------------------


def apply_necessary_remediation(table: Optional[Table], remediation: Remediation) -> Optional[Table]:
    if remediation.error_msg is not None:
        sys.stderr.write(f"\n\nERROR in {remediation.name} validator: {remediation.error_msg}\n\nAborting...")
        raise SystemExit(1)
    if remediation.immediate_msg is not None:
        sys.stdout.write(remediation.immediate_msg)
    if remediation.necessary_fn is not None and table is not None:
        table = remediation.necessary_fn(table)
    return table


def accept_suggestion(question: str, auto_accept: bool) -> bool:
    sys.stdout.write(question)
    if auto_accept:
        sys.stdout.write("Y\n")
        return True
    sys.stdout.flush()
    try:
        return input().lower() != "n"
    except EOFError:
        raise CLIError("No answer (the input ended); pass -q to accept every suggestion") from None


def apply_optional_remediation(table: Table, remediation: Remediation, auto_accept: bool) -> Tuple[Table, bool]:
    applied = False
    if remediation.optional_msg is not None and remediation.optional_fn is not None:
        if accept_suggestion(f"- [Recommended] {remediation.optional_msg} [Y/n]: ", auto_accept):
            table = remediation.optional_fn(table)
            applied = True
    if remediation.necessary_msg is not None:
        sys.stdout.write(f"- [Necessary] {remediation.necessary_msg}\n")
    return table, applied


def apply_validators(
    table: Table,
    fname: str,
    remediation: Optional[Remediation],
    validators: List[Validator],
    auto_accept: bool,
    write_out_file_func: Callable[..., Any],
) -> None:
    found: List[Remediation] = [remediation] if remediation is not None else []
    for validator in validators:
        result = validator(table)
        if result is not None:
            found.append(result)
            table = apply_necessary_remediation(table, result) or table

    any_necessary = any(r.necessary_msg is not None for r in found)
    any_optional_applied = False
    if any(r.optional_msg is not None or r.necessary_msg is not None for r in found):
        sys.stdout.write("\n\nBased on the analysis we will perform the following actions:\n")
        for result in found:
            table, applied = apply_optional_remediation(table, result, auto_accept)
            any_optional_applied = any_optional_applied or applied
    else:
        sys.stdout.write("\n\nNo remediations found.\n")
    write_out_file_func(table, fname, any_optional_applied or any_necessary, auto_accept)


# ---- writing the result -------------------------------------------------------------------------


def estimate_fine_tuning_time(table: Table) -> None:
    if infer_task_type(table) == "classification":
        seconds = len(table) * 1.44
    else:
        # The official estimate is proportional to the DataFrame's shallow size: 8 bytes per cell
        # plus its index.
        seconds = (132 + 8 * len(table) * len(table.columns)) * 0.0515
    seconds += 140
    if seconds < 60:
        shown = f"{round(seconds, 2)} seconds"
    elif seconds < 3600:
        shown = f"{round(seconds / 60, 2)} minutes"
    elif seconds < 86400:
        shown = f"{round(seconds / 3600, 2)} hours"
    else:
        shown = f"{round(seconds / 86400, 2)} days"
    sys.stdout.write(
        f"Once your model starts training, it'll approximately take {shown} to train a `curie` model, and less for `ada` and `babbage`. Queue will approximately take half an hour per job ahead of you.\n"
    )


def get_outfnames(fname: str, split: bool) -> List[str]:
    """`data_prepared.jsonl` (or `_train` / `_valid`), numbered ` (1)`, ... to not overwrite a file."""
    suffixes = ["_train", "_valid"] if split else [""]
    i = 0
    while True:
        number = f" ({i})" if i > 0 else ""
        names = [f"{os.path.splitext(fname)[0]}_prepared{suffix}{number}.jsonl" for suffix in suffixes]
        if not any(os.path.isfile(name) for name in names):
            return names
        i += 1


def _write_jsonl(rows: List[Dict[str, str]], path: str) -> None:
    with open(path, "w", encoding="utf-8") as file:
        for row in rows:
            record = {field: row[field] for field in FIELDS}
            file.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")


def write_out_file(table: Table, fname: str, any_remediations: bool, auto_accept: bool) -> None:
    """Writes the fixed data (split into training and validation sets for classification, if the
    user wants) and says how to use it."""
    prompt_suffix = _shown(get_common_xfix(table.column("prompt"), xfix="suffix"))
    completion_suffix = _shown(get_common_xfix(table.column("completion"), xfix="suffix"))
    split = infer_task_type(table) == "classification" and accept_suggestion(
        "- [Recommended] Would you like to split into training and validation set? [Y/n]: ", auto_accept
    )
    stop_advice = (
        f' Make sure to include `stop=["{completion_suffix}"]` so that the generated texts ends at the expected place.'
        if completion_suffix
        else ""
    )
    reminder = f"After you’ve fine-tuned a model, remember that your prompt has to end with the indicator string `{prompt_suffix}` for the model to start generating completions, rather than continuing with the prompt."

    if not any_remediations and not split:
        sys.stdout.write(
            f'\nYou can use your file for fine-tuning:\n> openai api fine_tunes.create -t "{fname}"\n\n{reminder}{stop_advice}\n'
        )
        estimate_fine_tuning_time(table)
        return
    if not accept_suggestion("\n\nYour data will be written to a new JSONL file. Proceed [Y/n]: ", auto_accept):
        sys.stdout.write("Aborting... did not write the file\n")
        return

    names = get_outfnames(fname, split)
    extra = ""
    if split:
        n_train = max(len(table) - 1000, int(len(table) * 0.8))
        train = random.Random(42).sample(range(len(table)), n_train)
        chosen = set(train)
        _write_jsonl([table.rows[i] for i in train], names[0])
        _write_jsonl([row for i, row in enumerate(table.rows) if i not in chosen], names[1])
        classes = Counter(table.column("completion"))
        extra = " --compute_classification_metrics"
        if len(classes) == 2:
            extra += f' --classification_positive_class "{classes.most_common(1)[0][0]}"'
        else:
            extra += f" --classification_n_classes {len(classes)}"
    else:
        _write_jsonl(table.rows, names[0])

    files = ("s" if split else "") + " to `" + "` and `".join(names)
    valid = f' -v "{names[1]}"' if split else ""
    sys.stdout.write(
        f'\nWrote modified file{files}`\nFeel free to take a look!\n\nNow use that file when fine-tuning:\n> openai api fine_tunes.create -t "{names[0]}"{valid}{extra}\n\n{reminder if prompt_suffix else ""}{stop_advice}\n'
    )
    estimate_fine_tuning_time(table)
