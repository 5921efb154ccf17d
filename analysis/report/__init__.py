"""Briefings as reports: parameters, the notebook-facing view, execution (papermill), export
(nbconvert HTML, WeasyPrint PDF) and atomic publishing under reports/."""
