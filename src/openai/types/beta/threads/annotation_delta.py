# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias


from .file_citation_delta_annotation import FileCitationDeltaAnnotation
from .file_path_delta_annotation import FilePathDeltaAnnotation
from ...._models import PropertyInfo


__all__ = ["AnnotationDelta"]


AnnotationDelta: TypeAlias = Annotated[
    Union[FileCitationDeltaAnnotation, FilePathDeltaAnnotation], PropertyInfo(discriminator="type")
]
