"""Reports and feeds: XLSX and CSV exports, the periodic report per agency, iCalendar feeds."""
