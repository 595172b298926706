#pragma once
// The fixed-column layouts A, B and C: column offsets and widths from the reference table of
// shared/reference/smdr-panasonic.md (0-based). Shared by the general fixed-column reader
// (grid.cpp) and its fast path for plain records (fast_grid.cpp). Internal to kxcti_smdr.
#include "common/smdr/readers.h"

#include <array>
#include <cstddef>

namespace kxcti::smdr::detail {

// Left: text starts at the column's first byte (Dial Number, Acc code, CD, Time).
// Right: text ends at the column's last byte (Ext, CO, Ring, Cost).
// Full: always printed whole (Date, Duration): a partial one is a cut.
enum class Align : unsigned char { Left, Right, Full };

struct Column {
    Field field = Field::None;
    unsigned char start = 0, width = 0;
    Align align = Align::Left;
    unsigned end() const noexcept { return start + width; }
};

constexpr std::size_t kMaxColumns = 10;
struct Grid {
    unsigned width = 0;
    std::array<Column, kMaxColumns> cols{};
    std::size_t count = 0;
};

inline constexpr Grid kGridA{80,
                      {{{Field::Date, 0, 8, Align::Full}, {Field::Time, 9, 7, Align::Left},
                        {Field::Ext, 17, 5, Align::Right}, {Field::Co, 23, 2, Align::Right},
                        {Field::Dial, 26, 25, Align::Left}, {Field::Ring, 52, 4, Align::Right},
                        {Field::Duration, 57, 8, Align::Full}, {Field::Account, 66, 10, Align::Left},
                        {Field::Cd, 77, 3, Align::Left}}},
                      9};
inline constexpr Grid kGridB{80,
                      {{{Field::Date, 0, 8, Align::Full}, {Field::Time, 9, 7, Align::Left},
                        {Field::Ext, 16, 5, Align::Right}, {Field::Co, 22, 2, Align::Right},
                        {Field::Dial, 25, 20, Align::Left}, {Field::Duration, 46, 8, Align::Full},
                        {Field::Cost, 55, 10, Align::Right}, {Field::Account, 66, 10, Align::Left},
                        {Field::Cd, 77, 3, Align::Left}}},
                      9};
inline constexpr Grid kGridC{120,
                      {{{Field::Date, 0, 8, Align::Full}, {Field::Time, 9, 7, Align::Left},
                        {Field::Ext, 17, 5, Align::Right}, {Field::Co, 23, 4, Align::Right},
                        {Field::Dial, 28, 50, Align::Left}, {Field::Ring, 79, 4, Align::Right},
                        {Field::Duration, 84, 8, Align::Full}, {Field::Cost, 93, 11, Align::Right},
                        {Field::Account, 105, 10, Align::Left}, {Field::Cd, 116, 3, Align::Left}}},
                      10};

// The column of `field` in grid g (a Column with Field::None if the layout has none).
constexpr Column column_of(const Grid& g, Field field) noexcept {
    for (std::size_t i = 0; i < g.count; ++i)
        if (g.cols[i].field == field) return g.cols[i];
    return Column{};
}

} // namespace kxcti::smdr::detail
