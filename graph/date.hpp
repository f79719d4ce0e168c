#pragma once
// Calendar dates (proleptic Gregorian), as records and queries use them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stancegraph {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // Days since 1970-01-01; negative before. Lets dates be compared and shifted.
  std::int64_t days() const;
  static Date from_days(std::int64_t days);
  // 0 = Monday ... 6 = Sunday.
  int weekday() const;
  Date plus_days(std::int64_t n) const { return from_days(days() + n); }
  std::string iso() const;  // "YYYY-MM-DD"

  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
  friend bool operator<(const Date& a, const Date& b) { return a.days() < b.days(); }
  friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
  friend bool operator>(const Date& a, const Date& b) { return b < a; }
  friend bool operator>=(const Date& a, const Date& b) { return !(a < b); }
};

// Parses exactly "YYYY-MM-DD" with a real calendar day; nullopt otherwise.
std::optional<Date> parse_iso_date(std::string_view text);
bool valid_date(int year, int month, int day);
int days_in_month(int year, int month);

}  // namespace stancegraph
