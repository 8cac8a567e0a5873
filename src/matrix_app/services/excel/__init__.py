"""Excel workbooks: export, import (own workbooks, classic logframes, mapped sheets), templates.

No Qt here; openpyxl is imported only by the modules that need it, and parses through
defusedxml after the container checks in ``safety``.
"""
