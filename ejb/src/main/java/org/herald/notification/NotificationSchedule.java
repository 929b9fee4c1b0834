package org.herald.notification;

import jakarta.ejb.ScheduleExpression;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A notification type run again and again: daily, weekly (on a day of the week) or monthly (on a
 * day of the month, 1 to 28, which every month has) at a local time in a time zone, so a run at
 * 09:00 in Athens stays at 09:00 there across daylight-saving changes.
 */
@Entity
@Table(name = "notification_schedule")
@NamedQuery(
    name = "NotificationSchedule.byNumber",
    query = "SELECT s FROM NotificationSchedule s JOIN FETCH s.type WHERE s.number = :number")
public class NotificationSchedule implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What a schedule says, checked: see {@link ScheduleRules}. */
  record Definition(
      NotificationType type,
      Frequency frequency,
      LocalTime time,
      ZoneId zone,
      DayOfWeek dayOfWeek,
      Integer dayOfMonth) {}

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_schedule_seq")
  @SequenceGenerator(
      name = "notification_schedule_seq",
      sequenceName = "notification_schedule_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "number", nullable = false, unique = true, updatable = false)
  private String number;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "notification_type_id", nullable = false, updatable = false)
  private NotificationType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "frequency", nullable = false, updatable = false)
  private Frequency frequency;

  @Column(name = "local_time", nullable = false, updatable = false)
  private String localTime;

  @Column(name = "time_zone", nullable = false, updatable = false)
  private String timeZone;

  @Enumerated(EnumType.STRING)
  @Column(name = "day_of_week", updatable = false)
  private DayOfWeek dayOfWeek;

  @Column(name = "day_of_month", updatable = false)
  private Integer dayOfMonth;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected NotificationSchedule() {}

  NotificationSchedule(String number, Definition definition, Instant now) {
    this.number = number;
    this.type = definition.type();
    this.frequency = definition.frequency();
    this.localTime = definition.time().toString();
    this.timeZone = definition.zone().getId();
    this.dayOfWeek = definition.dayOfWeek();
    this.dayOfMonth = definition.dayOfMonth();
    this.createdAt = now;
  }

  /** The calendar its persistent timer follows, in its own time zone. */
  ScheduleExpression expression() {
    LocalTime time = LocalTime.parse(localTime);
    ScheduleExpression expression =
        new ScheduleExpression()
            .second(0)
            .minute(time.getMinute())
            .hour(time.getHour())
            .timezone(timeZone);
    return switch (frequency) {
      case DAILY -> expression;
      case WEEKLY -> expression.dayOfWeek(dayOfWeek.getValue() % 7); // EJB: 0 is Sunday
      case MONTHLY -> expression.dayOfMonth(dayOfMonth);
    };
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public NotificationType getType() {
    return type;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public String getLocalTime() {
    return localTime;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public DayOfWeek getDayOfWeek() {
    return dayOfWeek;
  }

  public Integer getDayOfMonth() {
    return dayOfMonth;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
