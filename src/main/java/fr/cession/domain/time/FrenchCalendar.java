package fr.cession.domain.time;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * French working days: Monday to Friday, except the national public holidays (jollyday's
 * calendar for France). Holidays are looked up once per year and kept.
 */
public final class FrenchCalendar {

    private final HolidayManager holidays;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    public FrenchCalendar() {
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));
    }

    public boolean isPublicHoliday(LocalDate day) {
        return byYear.computeIfAbsent(day.getYear(), this::load).contains(day);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isPublicHoliday(day);
    }

    /** The day itself if it is a working day, otherwise the next working day. */
    public LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * Moves by a number of working days: +1 is the next working day, -5 five working days
     * earlier. Zero gives the day itself, working or not.
     */
    public LocalDate plusWorkingDays(LocalDate day, int workingDays) {
        LocalDate d = day;
        int step = workingDays >= 0 ? 1 : -1;
        int left = Math.abs(workingDays);
        while (left > 0) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    private Set<LocalDate> load(int year) {
        return holidays.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY).stream()
                .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
    }
}
