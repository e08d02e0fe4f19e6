package io.crossback.calendars;

/** A tenant's calendar as stored, with its optimistic version (0 for a built-in calendar never saved). */
public record StoredCalendar(String calendarId, CalendarDefinition definition, long version, boolean builtIn) {
}
