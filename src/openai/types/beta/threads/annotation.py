# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias


from .file_citation_annotation import FileCitationAnnotation
from .file_path_annotation import FilePathAnnotation
from ...._models import PropertyInfo


__all__ = ["Annotation"]


Annotation: TypeAlias = Annotated[Union[FileCitationAnnotation, FilePathAnnotation], PropertyInfo(discriminator="type")]
