// JsonWriter lays out JSON as nlohmann's dump does, byte for byte.
#include "src/json_writer.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <sstream>

namespace claimlint {
namespace {

using nlohmann::ordered_json;

// The same document written by the writer, piece by piece, and as a tree.
void write_sample(JsonWriter& w) {
    w.begin_object();
    w.key("text").value("增长\"7.7%\"\n\t\x01 \xff bad");
    w.key("ascii \\ key").value("plain ~ text, \x7f and a back\\slash");
    w.key("count").value(std::size_t{18446744073709551615u});
    w.key("negative").value(std::int64_t{-42});
    w.key("ratio").value(0.1);
    w.key("whole").value(3.0);
    w.key("huge").value(1e21);
    w.key("flag").value(false);
    w.key("nothing").value(nullptr);
    w.key("empty_list").begin_array().end_array();
    w.key("empty_object").begin_object().end_object();
    w.key("list").begin_array();
    w.value(1);
    w.begin_object().key("a").begin_array().value("x").end_array().end_object();
    w.value(ordered_json{{"z", 1}, {"a", {{"nested", ordered_json::array()}}}});
    w.end_array();
    w.key("sorted").value(nlohmann::json{{"b", 2}, {"a", 1}});
    w.end_object();
}

ordered_json sample_tree() {
    ordered_json j;
    j["text"] = "增长\"7.7%\"\n\t\x01 \xff bad";
    j["ascii \\ key"] = "plain ~ text, \x7f and a back\\slash";
    j["count"] = std::size_t{18446744073709551615u};
    j["negative"] = -42;
    j["ratio"] = 0.1;
    j["whole"] = 3.0;
    j["huge"] = 1e21;
    j["flag"] = false;
    j["nothing"] = nullptr;
    j["empty_list"] = ordered_json::array();
    j["empty_object"] = ordered_json::object();
    j["list"] = ordered_json::array({1, {{"a", {"x"}}}, ordered_json{{"z", 1}, {"a", {{"nested", ordered_json::array()}}}}});
    j["sorted"] = ordered_json{{"a", 1}, {"b", 2}};
    return j;
}

TEST(JsonWriter, LaysOutAsDumpWithIndent) {
    std::ostringstream out;
    {
        JsonWriter w(out, 2);
        write_sample(w);
        w.newline();
    }
    EXPECT_EQ(out.str(), sample_tree().dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

TEST(JsonWriter, LaysOutAsDumpOnOneLine) {
    std::ostringstream out;
    {
        JsonWriter w(out);
        write_sample(w);
        w.newline();
        write_sample(w);
    }
    std::string line = sample_tree().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    EXPECT_EQ(out.str(), line + "\n" + line);
}

TEST(JsonWriter, WritesLargeOutputInPieces) {
    std::ostringstream out;
    ordered_json tree = ordered_json::array();
    {
        JsonWriter w(out, 2);
        w.begin_array();
        for (int i = 0; i < 20000; ++i) {
            w.value("item " + std::to_string(i));
            tree.push_back("item " + std::to_string(i));
        }
        w.end_array();
    }
    EXPECT_EQ(out.str(), tree.dump(2));
}

// An array whose values are formatted in slices by other writers (as the
// JSON report does on several threads) reads as the same array written whole.
TEST(JsonWriter, ArrayWrittenInSlicesIsTheArrayWrittenWhole) {
    for (int indent : {2, -1}) {
        for (int n : {0, 1, 5, 7}) {
            ordered_json tree;
            tree["list"] = ordered_json::array();
            for (int i = 0; i < n; ++i) tree["list"].push_back({{"i", i}, {"parts", {i, "x"}}});
            tree["after"] = true;

            std::ostringstream out;
            {
                JsonWriter w(out, indent);
                w.begin_object().key("list").begin_array();
                w.flush();
                for (int from = 0; from < n; from += 3) {  // slices of three
                    JsonWriter slice(out, indent, 2, static_cast<std::size_t>(from));
                    for (int i = from; i < std::min(n, from + 3); ++i) {
                        slice.begin_object().key("i").value(i).key("parts").begin_array().value(i).value("x");
                        slice.end_array().end_object();
                    }
                }
                w.written_elsewhere(static_cast<std::size_t>(n));
                w.end_array().key("after").value(true).end_object();
            }
            EXPECT_EQ(out.str(), tree.dump(indent)) << "indent " << indent << ", " << n << " values";
        }
    }
}

}  // namespace
}  // namespace claimlint
