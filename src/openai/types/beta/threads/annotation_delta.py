# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field as FieldInfo

from .file_citation_delta_annotation import FileCitationDeltaAnnotation
from .file_path_delta_annotation import FilePathDeltaAnnotation


__all__ = ["AnnotationDelta"]


AnnotationDelta: TypeAlias = Annotated[
    Union[FileCitationDeltaAnnotation, FilePathDeltaAnnotation], FieldInfo(discriminator="type")
]
