// Filler words around subjects.
#include "src/claims/fillers.hpp"

#include "grammar/char_set.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <iterator>
#include <utility>
#include <vector>

namespace claimlint::building {
namespace {

using U32 = std::u32string_view;

// Leading and trailing words that are not part of what is measured.
constexpr U32 kLeading[] = {
    U"其中", U"同时", U"此外", U"另外", U"全年", U"累计", U"共计", U"共", U"先后", U"截至目前", U"目前",
    U"今年以来", U"以来", U"新增", U"新建", U"新认定", U"增加", U"实现", U"完成", U"的", U"在", U"和", U"及", U"已有",
    U"实施", U"打造", U"争取", U"建设", U"制定", U"开展", U"精准", U"发行", U"组织", U"举办", U"带动", U"推动", U"加快",
    U"建成", U"并", U"各类", U"各级", U"率先", U"入选", U"启动", U"办理", U"冲刺", U"省政府", U"省直部门",
};
constexpr U32 kTrailing[] = {
    U"同比增长", U"比上年增长", U"较上年增长", U"比上年增加", U"较上年增加", U"较上年减少", U"比上年", U"较上年",
    U"同比", U"增长", U"下降", U"减少", U"增加", U"提高到", U"提高", U"提升", U"上升", U"降低", U"增至", U"达到",
    U"达", U"为", U"是", U"实现", U"完成", U"突破", U"超过", U"分别为", U"分别达到", U"分别", U"共", U"累计",
    U"增速", U"增幅", U"降幅", U"占比达", U"占比", U"稳居全国", U"位居全国", U"居全国", U"居", U"排名", U"位列",
    U"保持", U"稳定在", U"总数达", U"均", U"已", U"了", U"的", U"在", U"至", U"由", U"从", U"约", U"近", U"压减",
    U"拉动", U"新增", U"收窄", U"回落", U"扩大", U"缩小", U"减", U"发展到", U"较", U"等", U"额度", U"比", U"预期",
    U"率先", U"比同期", U"同期", U"跃", U"每人每年", U"每人每月", U"每年", U"每月", U"月人均", U"年人均", U"年均",
    U"稳步跨上", U"跨上", U"稳步", U"力争", U"力求", U"确保", U"控制在",
};

// Built when the program starts: strip_words runs for every figure, and a
// function's own static is tested each time.
const FillerIndex<true> trailing(kTrailing);
const FillerIndex<false> leading(kLeading);
// The characters strip_words reads inside a subject for (read_inside()) by
// their low twelve bits: a subject is passed over four characters at a
// time, and the few that may be one compared with them.
const grammar::Low12Filter acted_on = grammar::Low12Filter::where(read_inside);

}  // namespace

bool coordinated_verb(U32 rest) {
    if (rest.empty()) return false;
    if (rest[0] == U'及' || rest[0] == U'和' || rest[0] == U'或' || rest[0] == U'、') return true;
    return rest.size() >= 2 && rest[1] == U'建';
}

U32 strip_words(U32 s, const SubjectSynonyms* known, std::u32string& buffer, const std::string** canonical,
                bool none_inside) {
    // The ends are moved inward on a view: nothing is copied unless words
    // inside must go.
    bool head_stays = false;  // the head was read on s as it is, and kept
    for (bool changed = true; changed && !s.empty();) {
        if (const std::string* name = known ? known->canonical(s) : nullptr) {
            if (canonical) *canonical = name;
            return s;
        }
        changed = false;
        // The longest filler at each end first (月人均 before 均).
        std::size_t tail = trailing.longest(s);
        if (tail > 0) {
            s.remove_suffix(tail);
            changed = true;
        } else if (head_stays) {
            break;  // nothing changed since the head was read
        }
        std::size_t head = leading.longest(s);
        head_stays = head == 0 || coordinated_verb(s.substr(head));
        if (!head_stays) {
            s.remove_prefix(head);
            changed = true;
        }
    }
    // 将X由原来A缩减为B: what changed is A's subject, after 由.
    if (!s.empty() && s.front() == U'将') {
        if (std::size_t at = s.find(U'由'); at != U32::npos && s.size() - at > 3) {
            s.remove_prefix(at + 1);
            for (U32 w : {U32(U"原来的"), U32(U"原来"), U32(U"原")}) {
                if (s.starts_with(w)) {
                    s.remove_prefix(w.size());
                    break;
                }
            }
        }
    }
    // Verbs inside: 汽车产业完成产值 → 汽车产业产值. Most subjects hold
    // none, nor a 等: one pass over them (none when the caller has read them
    // for those) tells which verbs' first characters
    // stand in them (only those verbs are searched for: removing words brings
    // in no new character), and whether a 等 does.
    unsigned verbs = 0;  // bit k: kInsideVerbs[k]'s first character stands in s
    bool examples = false;
    for (std::size_t k = none_inside ? s.size() : acted_on.next(s, 0); k < s.size(); k = acted_on.next(s, k + 1)) {
        const char32_t c = s[k];
        examples |= c == U'等';
        for (std::size_t v = 0; v < std::size(kInsideVerbs); ++v) verbs |= unsigned{kInsideVerbs[v].front() == c} << v;
    }
    // Copied only once a verb is found: a first character alone (新 of
    // 新能源, 实 of 实际) leaves s a view of the caller's text, which
    // named() copies from the document's bytes rather than encodes.
    bool copied = false;
    for (unsigned left = verbs; left != 0; left &= left - 1) {  // in the list's order
        const U32 verb = kInsideVerbs[std::countr_zero(left)];
        if (!copied) {
            if (s.find(verb) == U32::npos) continue;
            buffer.assign(s);
            copied = true;
        }
        for (std::size_t at = buffer.find(verb); at != std::u32string::npos; at = buffer.find(verb)) {
            buffer.erase(at, verb.size());
        }
    }
    if (copied) s = buffer;
    // Examples before 等 name members of the group after it: 长春光华微电子等国家级…企业.
    if (std::size_t at = examples ? s.rfind(U'等') : U32::npos; at != U32::npos && at > 0 && s.size() - at > 2) {
        s.remove_prefix(at + 1);
    }
    return s;
}

}  // namespace claimlint::building
