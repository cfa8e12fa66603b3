"""Speaker resolution, one phenomenon per case (all text invented for the tests).

Only the speakers are asserted, in text order: content boundaries are covered by
test_phenomena.py and test_quote_phenomena.py.
"""
import pytest
from extraction_helpers import found

# (id, text, expected speakers in text order)
CASES = [
    ("org_name_nisba_of_country",
     "وخفض المصرف المركزي الأردني سعر الفائدة نصف نقطة.\n\n"
     "وقال المصرف المركزي في بيان إن التضخم تراجع بوضوح.",
     ["المصرف المركزي الأردني"]),
    ("org_construct_chain",
     "وقالت هيئة رقابة جودة المياه إن العينات مطابقة للمعايير.",
     ["هيئة رقابة جودة المياه"]),
    ("org_with_quoted_part",
     "وقالت لجنة دعم المزارعين في \"وادي السنابل\" إن المحصول تضرر كثيرا.",
     ["لجنة دعم المزارعين في \"وادي السنابل\""]),
    ("bare_org_head_taken_from_a_role",
     "وانتقد رئيس الرابطة الوطنية للصيادين الحرفيين، كريم الفاسي، القرار.\n\n"
     "وقالت الرابطة إن القوارب ستبقى في الموانئ.",
     ["الرابطة الوطنية للصيادين الحرفيين"]),
    ("document_issued_by_body_named_in_paragraph",
     "وطالبت جمعية حماية المستهلك في بيان بفتح تحقيق، وجاء في البيان أن الأسعار ارتفعت دون مبرر.",
     ["جمعية حماية المستهلك"]),
    ("sourcing_verb_not_in_speaker",
     "وتبلغ الميزانية مليوني دينار، بحسب ما أعلنته الأمانة العامة للمهرجان.",
     ["الأمانة العامة للمهرجان"]),
    ("envoy_title_then_name_in_apposition",
     "وقالت المبعوثة الخاصة للأمين العام، الهولندية ماريكه يانسن، إن الحوار مستمر.\n\n"
     "وتابعت المبعوثة أن الجولة المقبلة ستعقد في الربيع.",
     ["ماريكه يانسن", "ماريكه يانسن"]),
    ("place_after_role_is_not_the_name",
     "وقالت الناطقة باسم محكمة الاستئناف بنابل، هدى الزغلامي، إن التحقيق متواصل.\n\n"
     "ونفت الناطقة أن يكون أي موظف قد أوقف.",
     ["هدى الزغلامي", "هدى الزغلامي"]),
    ("honorific_apposition_after_role_with_complement",
     "وقال مدير عام صحة ذي الحجة، الدكتور سامي جواد الخفاجي، إن اللقاحات وصلت.",
     ["سامي جواد الخفاجي"]),
    ("name_goes_on_after_abd",
     "وقال وزير النقل، كريم عبد الأمير الدليمي، إن الطريق سيفتح قريبا.\n\n"
     "وأضاف الدليمي أن الأشغال ستنتهي في الصيف.",
     ["كريم عبد الأمير الدليمي", "كريم عبد الأمير الدليمي"]),
    ("definite_common_word_closing_name_before_comma",
     "وأكد العميد فتحي عبد الرحمن الشامي، قائد الشرطة، أن الطرق آمنة.\n\n"
     "وقال القائد إن الدوريات ستتضاعف.",
     ["فتحي عبد الرحمن الشامي", "فتحي عبد الرحمن الشامي"]),
    ("nationality_descriptor_then_foreign_name",
     "وروت الكينية جوي كاماو (30 عاما) تفاصيل الرحلة. وقالت إنها دفعت كل ما تملك.",
     ["جوي كاماو"]),
    ("circumstantial_phrase_after_verb_is_no_speaker",
     "غير أن طارق الحسيني قال في ندوة صحفية عقدها مساء اليوم إن الشركة لن تغلق.",
     ["طارق الحسيني"]),
    ("phone_call_is_no_speaker",
     "ويقف المزارع سعيد الكرخي بين أشجاره اليابسة. وقال في اتصال هاتفي: \"الماء لم يصل منذ شهر\".",
     ["سعيد الكرخي"]),
    ("anonymous_subject_before_verb",
     "ولم يعلق الوزير على ذلك، لكن مصدر حكومي، طلب عدم نشر اسمه، قال للصحيفة إن الأموال متوفرة.\n\n"
     "وأضاف المصدر أن القرار نهائي.",
     ["مصدر حكومي", "مصدر حكومي"]),
    ("indefinite_group_as_written",
     "وقال عدد من السائقين الذين التقيناهم إنهم ينتظرون منذ الفجر.",
     ["عدد من السائقين"]),
    ("apposition_clause_is_the_same_person",
     "أما السوداني عمر بشير، وهو عامل آخر، فذكر أنه لم يتقاض أجره منذ شهرين.",
     ["عمر بشير"]),
    ("manner_adverbial_after_name",
     "وصل الطبيب يوسف الحداد متأخرا.\n\nوقال الحداد بصوت متعب: \"لم ننم منذ يومين\".",
     ["يوسف الحداد"]),
    ("possessive_noun_after_name_is_not_a_name",
     "وقالت رئيسة البلدية نوال بن صالح إن المشروع جاهز.\n\n"
     "وكتبت بن صالح على صفحتها: \"الافتتاح غدا\".",
     ["نوال بن صالح", "نوال بن صالح"]),
    ("possessive_noun_after_role_is_no_name",
     "ولم تخف رئيسة اللجنة المالية شكوكها في الأرقام، إذ قالت إن العجز أكبر.",
     []),
]


@pytest.mark.parametrize("case_id,text,expected", CASES, ids=[c[0] for c in CASES])
def test_speaker(case_id, text, expected):
    got = [s for _, s, _ in found(text)]
    if case_id == "possessive_noun_after_role_is_no_name":
        assert all("شكوك" not in s for s in got)
        return
    assert got == expected
