"""Printed documents (reportlab): fonts, right-to-left lines, letter layout, one module per
document, and the Babel catalogues of the letter texts. No Qt, no database access: the
services gather the data (:mod:`kim_desktop.printing.data`) and call :func:`render`."""
