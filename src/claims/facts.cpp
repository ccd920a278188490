// What a document says about itself: its date (a dated first line or
// newspaper header, or a front-matter `date:` line), its year, and its home
// region (the place it mentions most, counting the home words 全省, 我市…
// for the level they name).
#include "src/claims/claim.hpp"
#include "src/claims/regions.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <vector>
#include <cstdio>

namespace claimlint {
namespace {

constexpr std::size_t kHeaderLines = 8;

bool is_full_date(const std::string& v) {
    return v.size() == 10 && v[4] == '-' && v[7] == '-' && std::isdigit(static_cast<unsigned char>(v[0]));
}

std::string_view trim(std::string_view t) {
    std::size_t b = t.find_first_not_of(" \t");
    if (b == std::string_view::npos) return {};
    return t.substr(b, t.find_last_not_of(" \t") + 1 - b);
}

// "date: 2023-01-15" (or 日期：2023-1-15) as a whole line. Read on views:
// the header lines are often long paragraphs without a key.
std::optional<std::string> date_line(std::string_view line) {
    line = trim(line);
    std::size_t colon = line.find(':');
    std::size_t wide = line.find("：");
    std::size_t sep = std::min(colon, wide);
    if (sep == std::string_view::npos) return std::nullopt;
    std::string_view key = trim(line.substr(0, sep));
    if (key != "date" && key != "日期") return std::nullopt;
    std::string value(trim(line.substr(sep + (sep == colon ? 1 : 3))));
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (std::sscanf(value.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return std::nullopt;
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return std::string(buf);
}

std::optional<std::string> front_matter_date(const Document& doc) {
    std::string_view bytes = doc.bytes();
    std::size_t line_start = 0;
    for (std::size_t n = 0; n < kHeaderLines && line_start < bytes.size(); ++n) {
        std::size_t eol = bytes.find('\n', line_start);
        std::string_view line = bytes.substr(line_start, eol == std::string_view::npos ? std::string_view::npos : eol - line_start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (auto d = date_line(line)) return d;
        if (eol == std::string_view::npos) break;
        line_start = eol + 1;
    }
    return std::nullopt;
}

}  // namespace

DocumentFacts infer_facts(const Document& doc, const grammar::ScanResult& scan, const ClaimOptions& opts,
                          const std::vector<RegionMention>& regions, const WordStarts& starts) {
    DocumentFacts f;
    f.date = opts.date;
    if (!f.date) f.date = front_matter_date(doc);
    if (!f.date) {
        // A full date near the top that starts its line (——2023年1月15日在…, a
        // newspaper's dateline).
        std::u32string_view text = doc.normalised();
        for (const grammar::Period& p : scan.periods) {
            if (doc.position(p.begin).line > kHeaderLines) break;
            if (!is_full_date(p.value)) continue;
            std::size_t i = p.begin;
            while (i > 0 && (text[i - 1] == U'-' || text[i - 1] == U' ' || text[i - 1] == U'\u3000')) --i;
            if (i == 0 || text[i - 1] == U'\n') {
                f.date = p.value;
                break;
            }
        }
    }
    if (!f.date) {
        // Undated text: it was written no earlier than the latest full date it
        // mentions (2024年2月23日，…召开), the best estimate of its date.
        for (const grammar::Period& p : scan.periods) {
            if (is_full_date(p.value) && (!f.date || p.value > *f.date)) f.date = p.value;
        }
    }
    if (f.date) {
        f.year = std::stoi(f.date->substr(0, 4));
        // Reports and reviews early in a year are about the year before.
        f.reference_year = std::stoi(f.date->substr(5, 2)) <= 3 ? f.year - 1 : f.year;
    } else {
        std::map<int, int> years;
        for (const grammar::Period& p : scan.periods) {
            if (p.value.size() >= 4 && std::isdigit(static_cast<unsigned char>(p.value[0]))) {
                ++years[std::stoi(p.value.substr(0, 4))];
            }
        }
        int best = 0;
        for (auto [y, n] : years) {
            if (n > best) {
                best = n;
                f.year = y;
            }
        }
        f.reference_year = f.year;
    }

    // Home region: mentions, with the home words (全省, 我市…: kHomeWords) counted for their level.
    std::u32string_view text = doc.normalised();
    // 全省, 我市…, counted by level as word_starts() found them.
    const auto& generic = starts.homes_by_level;
    // The places mentioned, by name (two regions may share one): the names
    // are the lexicon's, which outlive this, so the map holds views.
    std::map<std::string_view, int> count;
    for (const RegionMention& m : regions) {
        // 占吉林市的10%, 比全省高: a comparison base is not what the text is about.
        char32_t before = m.begin > 0 ? text[m.begin - 1] : U'\0';
        if (comparison_base_before(before)) continue;
        if (m.region->level != RegionLevel::country) ++count[m.region->name];
    }
    // Each counted name with the level it is known at, looked up once for
    // the several levels asked about below; in name order, as counted.
    struct Counted {
        std::string_view name;
        int count;
        RegionLevel level;
    };
    std::vector<Counted> counted;
    for (const auto& [name, n] : count) {
        if (const Region* r = region_named(std::string(name))) counted.push_back({name, n, r->level});
    }
    auto top = [&](RegionLevel level) {
        std::string best;
        int n = 0;
        for (const Counted& e : counted) {
            if (e.level == level && e.count > n) {
                n = e.count;
                best = e.name;
            }
        }
        return std::pair{best, n + generic[static_cast<std::size_t>(level)]};
    };
    f.home_province = top(RegionLevel::province).first;
    auto dominant = [&](RegionLevel level) {
        std::vector<int> counts;
        std::string best;
        int n = 0;
        for (const Counted& e : counted) {
            if (e.level != level) continue;
            counts.push_back(e.count);
            if (e.count > n) {
                n = e.count;
                best = e.name;
            }
        }
        std::sort(counts.rbegin(), counts.rend());
        return counts.size() >= 2 && counts[0] < 2 * counts[1] ? std::string() : best;
    };
    f.home_city = dominant(RegionLevel::city);
    f.home_district = dominant(RegionLevel::district);
    f.home_prefecture = dominant(RegionLevel::prefecture);
    int best = 0;
    for (RegionLevel level : {RegionLevel::province, RegionLevel::prefecture, RegionLevel::city, RegionLevel::district}) {
        auto [name, n] = top(level);
        if (!name.empty() && n > best) {
            best = n;
            f.home_entity = name;
        }
    }
    if (opts.home_region) {
        f.home_entity = *opts.home_region;
        if (const Region* r = region_named(*opts.home_region)) {
            if (r->level == RegionLevel::city) f.home_city = r->name;
            if (r->level == RegionLevel::district) f.home_district = r->name;
            if (r->level == RegionLevel::prefecture) f.home_prefecture = r->name;
        }
    }
    if (f.home_province.empty()) f.home_province = f.home_entity;
    return f;
}

}  // namespace claimlint
