"""Quote detection and boundaries: annotated invented sentences, one phenomenon per case.

Each case lists every quote the engine should find as (content, type); the speaker is
checked only where the case is about who an interview answer belongs to.
"""
import pytest
from extraction_helpers import found

from extraction import extract

# (id, text, expected quotes as (content, type))
CASES = [
    ("in_reply_to_is_no_cue",
     "وقال المدرب رامي العتوم ردا على سؤال حول المباراة المقبلة إن فريقه جاهز.",
     [("فريقه جاهز", "indirect")]),
    ("superlative_after_ahad_is_no_cue",
     "ورد عليه النائب بدر العنزي، أحد أبرز مؤيدي المشروع، بأن «الأرقام لا تكذب».",
     [("الأرقام لا تكذب", "direct")]),
    ("colon_then_unquoted_clause",
     "وقال مصدر في وزارة الزراعة: يجري حاليا حصر الأضرار في القرى المتضررة.",
     [("يجري حاليا حصر الأضرار في القرى المتضررة", "direct")]),
    ("temporal_anna_is_not_the_complementizer",
     "وقال المزارع حسين العبد، بعد أن تفقد حقله المحروق، إن الخسائر تتجاوز موسمين كاملين.",
     [("الخسائر تتجاوز موسمين كاملين", "indirect")]),
    ("participle_with_noun_object_ends_the_quote",
     "وقال المتحدث باسم الشركة رامي النحاس إن المصنع سيعود إلى العمل يوم الاثنين، نافيا الأنباء عن تسريح العمال.",
     [("المصنع سيعود إلى العمل يوم الاثنين", "indirect")]),
    ("trailing_fi_ishara_is_the_writers",
     "وقال النائب فهد الزامل إن الحكومة \"تتجاهل مطالب الشارع\"، في إشارة إلى قرار رفع أسعار الوقود.",
     [("الحكومة \"تتجاهل مطالب الشارع\"", "mixed")]),
    ("trailing_superlative_aside_is_the_writers",
     "وقالت الشرطة إن ثلاثة أشخاص أصيبوا في انفجار أنبوب غاز، في واحد من أعنف الحوادث التي تشهدها المدينة منذ سنوات.",
     [("ثلاثة أشخاص أصيبوا في انفجار أنبوب غاز", "indirect")]),
    ("trailing_circumstance_of_the_statement",
     "وأكد رئيس الاتحاد مراد الكعبي أن البطولة ستقام في موعدها، في تصريحات للصحفيين عقب الاجتماع.",
     [("البطولة ستقام في موعدها", "indirect")]),
    ("contrastive_connector_opens_a_new_quote",
     "وقالت الباحثة رنا الخوري إن الخطة \"طموحة\"، لكنها أشارت إلى أن التمويل لم يتوفر بعد.",
     [("الخطة \"طموحة\"", "mixed"), ("التمويل لم يتوفر بعد", "indirect")]),
    ("contrastive_illa_annahu_opens_a_new_quote",
     "وأكد المدرب سامي الهاشمي أن الفريق جاهز، إلا أنه حذر من أن الملعب سيكون صعبا.",
     [("الفريق جاهز", "indirect"), ("الملعب سيكون صعبا", "indirect")]),
    ("contrastive_connector_plural_opens_a_new_quote",
     "وقال المحتجون إن مطالبهم \"مشروعة\"، غير أنهم أكدوا أن الإضراب سينتهي غدا.",
     [("مطالبهم \"مشروعة\"", "mixed"), ("الإضراب سينتهي غدا", "indirect")]),
    ("verbal_noun_after_ila",
     "وارتفعت الأصوات في القاعة، ما دفع رئيس الجلسة وائل الحسن إلى التأكيد على أن التصويت سيجري في موعده.",
     [("التصويت سيجري في موعده", "indirect")]),
    ("clause_final_attribution_to_a_noun",
     "وقالت مصادر في الميناء إن السفينة ستغادر غدا.\n\n"
     "وتجاوزت خسائر التأخير مليون دينار، على حد قول رئيس غرفة التجارة.",
     [("السفينة ستغادر غدا", "indirect"), ("وتجاوزت خسائر التأخير مليون دينار", "indirect")]),
    ("speaking_to_an_outlet",
     "وقالت الناشطة سلمى الربيعي لـ«الصباح» إن الحملة جمعت ألف توقيع خلال يومين.",
     [("الحملة جمعت ألف توقيع خلال يومين", "indirect")]),
    ("reply_to_an_outlet",
     "وردت الوزيرة هالة البزاز على سؤال لـ«الصباح» بأن الملف ما يزال قيد الدراسة.",
     [("الملف ما يزال قيد الدراسة", "indirect")]),
    ("sourcing_prefix_content_after_comma",
     "وبحسب رئيس البلدية ماهر العمري، ستفتح الطريق أمام السيارات نهاية الشهر.",
     [("ستفتح الطريق أمام السيارات نهاية الشهر", "indirect")]),
    ("guillemets_nested_in_double_quotes",
     "وقال المخرج كريم الصباغ: \"أسمينا الفيلم «المدينة الصامتة» لأن أحدا لا يتكلم فيه\".",
     [("أسمينا الفيلم «المدينة الصامتة» لأن أحدا لا يتكلم فيه", "direct")]),
    ("social_media_post_tweeted",
     "وغرد النائب عادل الرميثي على حسابه في منصة إكس: \"الموازنة الجديدة تخذل الطبقة الوسطى\".",
     [("الموازنة الجديدة تخذل الطبقة الوسطى", "direct")]),
    ("multi_paragraph_quote_reopened_each_paragraph",
     "وقالت المعلمة نوال الساعدي:\n\n\"الصفوف مكتظة منذ بداية العام.\n\n\"والأهالي يشترون الكتب على حسابهم\".",
     [("الصفوف مكتظة منذ بداية العام.\n\n\"والأهالي يشترون الكتب على حسابهم", "direct")]),
    ("quote_before_cue_with_hakadha",
     "«لن نغلق المصنع مهما كانت الخسائر»، هكذا قال المدير العام جمال الفقيه للعمال.",
     [("لن نغلق المصنع مهما كانت الخسائر", "direct")]),
    ("quote_paragraph_before_its_cue_paragraph",
     "افتتح وزير النقل سامر الخياط المحطة الجديدة صباح اليوم.\n\n"
     "\"سيعمل الميناء بكامل طاقته قبل نهاية العام\".\n\n"
     "قال ذلك الخياط خلال جولة في الأرصفة.",
     [("سيعمل الميناء بكامل طاقته قبل نهاية العام", "direct")]),
]

NOT_QUOTES = [
    ("decided_is_not_a_reporting_verb",
     "وواصلت الفرق عملها في الموقع، بعد أن قرر المسؤولون تمديد الدوام حتى المساء."),
    ("headline_with_colon",
     "الأرصاد: موجة حر تضرب البلاد نهاية الأسبوع\n\nتوقعت هيئة الأرصاد ارتفاع درجات الحرارة في معظم المناطق."),
]


@pytest.mark.parametrize("case_id,text,expected", CASES, ids=[c[0] for c in CASES])
def test_quote_phenomenon(case_id, text, expected):
    assert [(c, t) for c, _, t in found(text)] == expected


@pytest.mark.parametrize("case_id,text", NOT_QUOTES, ids=[c[0] for c in NOT_QUOTES])
def test_not_a_quote(case_id, text):
    assert found(text) == []


LABELLED_INTERVIEW = (
    "المهندس سليم القادري: نحتاج إلى خمس سنوات\n\n"
    "في حوار مع «الأفق الجديد»، تحدث المهندس سليم القادري، مدير مشروع السد، عن مراحل العمل المتبقية.\n\n"
    "الأفق الجديد: متى تبدأ المرحلة الثانية؟\n\n"
    "القادري: في الربيع المقبل إذا وصلت المعدات في موعدها.\n\n"
    "الأفق الجديد: يقال إن المقاولين انسحبوا. ما الذي حدث؟\n\n"
    "القادري: التمويل تأخر. قال لي أحد المقاولين: \"لن نعمل بلا مستحقات\"، وهو محق.\n\n"
    "وكان المشروع قد تعثر العام الماضي بسبب الفيضانات."
)


def test_labelled_interview_answers_are_the_interviewees():
    got = found(LABELLED_INTERVIEW)
    assert got == [
        ("في الربيع المقبل إذا وصلت المعدات في موعدها", "سليم القادري", "direct"),
        # the quotation inside the answer stays in the answer
        ("التمويل تأخر. قال لي أحد المقاولين: \"لن نعمل بلا مستحقات\"، وهو محق", "سليم القادري", "direct"),
    ]


def test_labelled_interview_questions_are_not_quotes():
    contents = [q.content for q in extract(LABELLED_INTERVIEW).quotes]
    assert not any("المقاولين انسحبوا" in c for c in contents)


UNLABELLED_INTERVIEW = (
    "التقت «الشروق» بالمدربة نادية الفاسي بعد عودة المنتخب من البطولة الإفريقية.\n\n"
    "كيف تقيمين مشاركة المنتخب؟\n\n"
    "كانت مشاركة جيدة رغم الإصابات، واللاعبات قدمن كل ما لديهن.\n\n"
    "وهل تلقيت عروضا من أندية أخرى؟\n\n"
    "نعم، لكنني لن أترك المنتخب قبل التصفيات.\n\n"
    "وما هدفكم في الموسم المقبل؟\n\n"
    "نريد التأهل إلى النهائيات للمرة الأولى."
)


def test_unlabelled_interview_answers_follow_questions():
    got = found(UNLABELLED_INTERVIEW)
    assert [(c, t) for c, _, t in got] == [
        ("كانت مشاركة جيدة رغم الإصابات، واللاعبات قدمن كل ما لديهن", "direct"),
        ("نعم، لكنني لن أترك المنتخب قبل التصفيات", "direct"),
        ("نريد التأهل إلى النهائيات للمرة الأولى", "direct"),
    ]
    assert {s for _, s, _ in got} == {"نادية الفاسي"}


def test_rhetorical_questions_outside_an_interview_are_not_a_layout():
    text = ("ارتفعت أسعار الخبز للمرة الثالثة هذا العام في معظم المحافظات.\n\n"
            "فهل تنجح الحكومة في كبح الأسعار؟\n\n"
            "يرى مراقبون أن الإجراءات الحالية غير كافية.\n\n"
            "وإلى متى يصبر المواطن؟\n\n"
            "الأجور لم تتغير منذ خمس سنوات.")
    contents = [c for c, _, _ in found(text)]
    assert contents == ["الإجراءات الحالية غير كافية"]


def test_outlet_spoken_to_is_not_part_of_the_source():
    got = found("وقال شهود عيان لـ\"الرائد\" إن القصف استمر ساعتين.")
    assert got == [("القصف استمر ساعتين", "شهود عيان", "indirect")]


def test_generic_answer_labels_take_the_interviewee_from_the_intro():
    text = ("أجرت «الأيام» حوارا مع وزير الطاقة فادي السعدي تناول ملف الكهرباء.\n\n"
            "سؤال: هل ستنقطع الكهرباء هذا الصيف؟\n\n"
            "جواب: لا، المحطات الجديدة ستدخل الخدمة في يونيو.\n\n"
            "سؤال: وماذا عن الأسعار؟\n\n"
            "جواب: لن ترتفع هذا العام.")
    assert found(text) == [("لا، المحطات الجديدة ستدخل الخدمة في يونيو", "فادي السعدي", "direct"),
                           ("لن ترتفع هذا العام", "فادي السعدي", "direct")]


def test_interview_label_in_full_then_by_surname():
    text = ("في حوار مع «المسار»، تحدثت الطبيبة ريم العلوان عن نقص الأدوية في المستشفيات.\n\n"
            "المسار: متى بدأ النقص؟\n\n"
            "ريم العلوان: قبل ستة أشهر تقريبا.\n\n"
            "المسار: وما الحل برأيك؟\n\n"
            "العلوان: الاستيراد المباشر دون وسطاء.")
    assert found(text) == [("قبل ستة أشهر تقريبا", "ريم العلوان", "direct"),
                           ("الاستيراد المباشر دون وسطاء", "ريم العلوان", "direct")]


def test_dash_marked_turns_drop_the_dash():
    text = ("في حوار مع «الأيام»، تحدث الكاتب منير الحداد عن روايته الجديدة.\n\n"
            "- لماذا تأخرت الرواية خمس سنوات؟\n\n- لأنني أعدت كتابتها ثلاث مرات.\n\n"
            "- هل هي سيرة ذاتية؟\n\n- فيها شيء مني، لكنها ليست سيرتي.\n\n"
            "وكان الحداد قد فاز بجائزة الدولة العام الماضي.")
    assert [c for c, _, _ in found(text)] == ["لأنني أعدت كتابتها ثلاث مرات", "فيها شيء مني، لكنها ليست سيرتي"]
