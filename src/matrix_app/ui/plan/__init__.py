"""Schema-4 screens of a plan and of content translations.

Consultation comments and the report profile of a plan (from the project tree and the
report dialog), and the other-language twins of text fields that the commitment editor
and these dialogs show in "translations" mode. Catalogue: ``matrix_plan_<lang>.ts``.
"""
