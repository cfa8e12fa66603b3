"""Development gates: the engine on the annotated sets whose errors have directed work.

`heldout` and `tuning` date from the first stops. Every later set under tests/fixtures/ was
written blind to the engine by a separate author, measured once while still untouched
(docs/evaluation.md records that first figure), and only then used for error analysis. From then on it is a development set: its floors guard against
regressions, and its figures no longer estimate unseen articles. The untouched sets live in
test_blind.py. A failure here shows each error, so that the cause can be found.
shared/ must be checked out beside the repository; its absence is a failure, not a skip.
"""
import pytest
from extraction_helpers import FIXTURES, check_well_formed, load_golds, load_scorer, score_report, score_set

# (pattern, articles, measured floors): a ratchet, raised as the engine improves, never
# lowered to pass. Set about a point under the figures of engine 0.5.147, raised at 0.5.267, 0.5.287, 0.5.346, 0.5.398, 0.5.442, 0.5.482, 0.5.486, 0.5.515, 0.5.562, 0.5.591, 0.5.608, 0.5.639, 0.5.684, 0.5.712, 0.5.727, 0.5.761, 0.5.778, 0.5.801, 0.5.809, 0.5.822, 0.5.845, 0.5.846, 0.5.847, 0.5.848, 0.5.851, 0.5.866, 0.5.892, 0.5.908 and 0.5.917.
SETS = {
    "heldout": ("ho-*.json", 10, {"quote_f1": 0.995, "exact_f1": 0.995, "speaker_acc": 0.995, "resolved_acc": 0.995,
                                  "e2e_f1": 0.995}),
    "tuning": ("tu-*.json", 12, {"quote_f1": 0.997, "exact_f1": 0.985, "speaker_acc": 0.997, "resolved_acc": 0.998,
                                 "e2e_f1": 0.996}),
    "phenomena": ("ph-*.json", 10, {"quote_f1": 0.995, "exact_f1": 0.995, "resolved_acc": 0.955, "e2e_f1": 0.955}),
    "blind": ("bl-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "resolved_acc": 0.98, "e2e_f1": 0.975}),
    "blind2": ("b2-*.json", 6, {"quote_f1": 0.995, "exact_f1": 0.995, "resolved_acc": 0.98, "e2e_f1": 0.98}),
    "blind3": ("bl3-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.985, "resolved_acc": 0.975, "e2e_f1": 0.97}),
    "blind4": ("b4-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.99, "resolved_acc": 0.95, "e2e_f1": 0.95}),
    "blind5": ("b5-*.json", 10, {"quote_f1": 0.995, "exact_f1": 0.985, "resolved_acc": 0.995, "e2e_f1": 0.995}),
    "blind6": ("b6-*.json", 10, {"quote_f1": 0.98, "exact_f1": 0.975, "resolved_acc": 0.97, "e2e_f1": 0.955}),
    "blind7": ("b7-*.json", 10, {"quote_f1": 0.99, "exact_f1": 0.98, "resolved_acc": 0.955, "e2e_f1": 0.95}),
    "blind8": ("b8-*.json", 10, {"quote_f1": 0.985, "exact_f1": 0.98, "resolved_acc": 0.975, "e2e_f1": 0.97}),
    "blind9": ("b9-*.json", 10, {"quote_f1": 0.985, "exact_f1": 0.97, "resolved_acc": 0.98, "e2e_f1": 0.975}),
    "blind10": ("b10-*.json", 10, {"quote_f1": 0.985, "exact_f1": 0.98, "resolved_acc": 0.96, "e2e_f1": 0.955}),
    "blind11": ("b11-*.json", 10, {"quote_f1": 0.985, "exact_f1": 0.965, "resolved_acc": 0.96, "e2e_f1": 0.95}),
    "blind12": ("b12-*.json", 10, {"quote_f1": 0.98, "exact_f1": 0.97, "resolved_acc": 0.955, "e2e_f1": 0.94}),
    "blind13": ("b13-*.json", 10, {"quote_f1": 0.99, "exact_f1": 0.985, "resolved_acc": 0.98, "e2e_f1": 0.98}),
    "blind14": ("b14-*.json", 10, {"quote_f1": 0.985, "exact_f1": 0.97, "resolved_acc": 0.975, "e2e_f1": 0.97}),
    "blind15": ("b15-*.json", 10, {"quote_f1": 0.985, "exact_f1": 0.975, "resolved_acc": 0.96, "e2e_f1": 0.95}),
    "blind16": ("b16-*.json", 10, {"quote_f1": 0.98, "exact_f1": 0.96, "resolved_acc": 0.96, "e2e_f1": 0.945}),
    "blind17": ("b17-*.json", 10, {"quote_f1": 0.995, "exact_f1": 0.975, "resolved_acc": 0.95, "e2e_f1": 0.95}),
    "blind18": ("b18-*.json", 10, {"quote_f1": 0.99, "exact_f1": 0.98, "resolved_acc": 0.955, "e2e_f1": 0.95}),
    "blind19": ("b19-*.json", 10, {"quote_f1": 0.995, "exact_f1": 0.985, "resolved_acc": 0.945, "e2e_f1": 0.945}),
    "blind20": ("b20-*.json", 10, {"quote_f1": 0.985, "exact_f1": 0.98, "resolved_acc": 0.965, "e2e_f1": 0.96}),
    "blind21": ("b21-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.97, "resolved_acc": 0.965, "e2e_f1": 0.955}),
    "blind22": ("b22-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.985, "resolved_acc": 0.975, "e2e_f1": 0.97}),
    # (resolved and e2e 0.965 -> 0.955 at 0.5.463: a draft became a document with an issuer, and the draft's
    # article is now credited to the body that published it, which the gold does not take; 115 -> 114)
    # (resolved and e2e 0.955 -> 0.935 at 0.5.852: an anonymous source in the accusative is named in the
    # nominative, as GOLD_FORMAT.md and every other set name it (مصدرا دبلوماسيا تونسيا -> مصدر دبلوماسي تونسي); this
    # set's gold keeps the accusative as written for b23-05's two quotes; 114 -> 112, the other sets +6)
    "blind23": ("b23-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.985, "resolved_acc": 0.935, "e2e_f1": 0.935}),
    "blind24": ("b24-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.965, "resolved_acc": 0.985, "e2e_f1": 0.985}),
    "blind25": ("b25-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.975, "resolved_acc": 0.935, "e2e_f1": 0.925}),
    "blind26": ("b26-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.935, "resolved_acc": 0.945, "e2e_f1": 0.94}),
    "blind27": ("b27-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.98, "resolved_acc": 0.965, "e2e_f1": 0.965}),
    "blind28": ("b28-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.98, "resolved_acc": 0.93, "e2e_f1": 0.92}),
    "blind29": ("b29-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.98, "resolved_acc": 0.955, "e2e_f1": 0.955}),
    "blind30": ("b30-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.965, "resolved_acc": 0.97, "e2e_f1": 0.965}),
    # opened at 0.5.161, a point under that engine's figures
    # (resolved 0.985 -> 0.98 at 0.5.457: the wide given-names list gave one minister's given name a gender
    # and moved one title to the other holder; 131 -> 130, while the untouched gate gained ten)
    "blind31": ("b31-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.965, "resolved_acc": 0.985, "e2e_f1": 0.98}),
    # (resolved 0.95 -> 0.945 at 0.5.356: الاتحاد now finds the body a title works in, and so دراسة المعهد finds
    # معهد البصرة, its issuer, where this set names the document: the document-or-issuer convention sets disagree on)
    "blind32": ("b32-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.985, "resolved_acc": 0.95, "e2e_f1": 0.95}),
    "blind33": ("b33-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.985, "resolved_acc": 0.965, "e2e_f1": 0.965}),
    "blind34": ("b34-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.995, "resolved_acc": 0.97, "e2e_f1": 0.97}),
    # opened at 0.5.247 (a little under 0.5.251's figures)
    "blind35": ("b35-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.98, "resolved_acc": 0.98, "e2e_f1": 0.975}),
    "blind36": ("b36-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.98, "resolved_acc": 0.97, "e2e_f1": 0.97}),
    # opened at 0.5.292 (0.891 / 0.863 resolved), a little under those figures
    "blind37": ("b37-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.99, "resolved_acc": 0.965, "e2e_f1": 0.96}),
    "blind38": ("b38-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.985, "resolved_acc": 0.97, "e2e_f1": 0.97}),
    # opened at 0.5.331 (0.778 / 0.867 resolved), a little under those figures
    "blind39": ("b39-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "resolved_acc": 0.945, "e2e_f1": 0.935}),
    "blind40": ("b40-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "resolved_acc": 0.95, "e2e_f1": 0.95}),
    # opened at 0.5.346 (0.845 / 0.884 resolved, as at 0.5.346), a little under those figures
    "blind41": ("b41-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.985, "resolved_acc": 0.925, "e2e_f1": 0.92}),
    "blind42": ("b42-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.98, "resolved_acc": 0.96, "e2e_f1": 0.95}),
    # opened at 0.5.398 (0.828 / 0.804 resolved), a little under those figures
    "blind43": ("b43-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.98, "resolved_acc": 0.945, "e2e_f1": 0.945}),
    "blind44": ("b44-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.965, "resolved_acc": 0.93, "e2e_f1": 0.93}),
    # opened at 0.5.432 (0.814 / 0.885 resolved), a little under those figures
    "blind45": ("b45-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.985, "resolved_acc": 0.905, "e2e_f1": 0.905}),
    "blind46": ("b46-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.965, "resolved_acc": 0.935, "e2e_f1": 0.935}),
    # opened at 0.5.446 (0.774 / 0.886 resolved), a little under those figures
    "blind47": ("b47-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.95, "speaker_acc": 0.89, "resolved_acc": 0.875,
                                  "e2e_f1": 0.87}),
    "blind48": ("b48-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.98, "speaker_acc": 0.965, "resolved_acc": 0.945,
                                  "e2e_f1": 0.945}),
    # opened at 0.5.460 (0.865 / 0.883 resolved), a little under those figures
    "blind49": ("b49-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.97, "speaker_acc": 0.95, "resolved_acc": 0.95,
                                  "e2e_f1": 0.95}),
    # (speaker_acc 0.90 -> 0.895 at 0.5.349: two more quotes found, one of them credited, so the ratio fell
    # while quote F1, resolved and end-to-end F1 rose)
    "blind50": ("b50-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.97, "speaker_acc": 0.93, "resolved_acc": 0.915,
                                  "e2e_f1": 0.91}),
    # opened at 0.5.482 (0.864 / 0.856 resolved), a little under those figures
    "blind51": ("b51-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.96, "speaker_acc": 0.94, "resolved_acc": 0.93,
                                  "e2e_f1": 0.915}),
    # (speaker 0.935 -> 0.925 at 0.5.824: an unnamed source now keeps its anonymity clause, and this set's
    # alias for one source is the description without it, which credits only an exact match; resolved unchanged)
    "blind53": ("b53-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.955, "speaker_acc": 0.925, "resolved_acc": 0.905,
                                  "e2e_f1": 0.895}),
    # opened at 0.5.486 from the untouched gate (0.917 / 0.841 resolved), raised at 0.5.515 (0.967 / 0.921)
    "blind54": ("b54-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.95, "speaker_acc": 0.975, "resolved_acc": 0.96,
                                  "e2e_f1": 0.95}),
    "blind55": ("b55-*.json", 8, {"quote_f1": 0.975, "exact_f1": 0.955, "speaker_acc": 0.975, "resolved_acc": 0.95,
                                  "e2e_f1": 0.935}),
    # opened at 0.5.518 from the untouched gate (0.868 / 0.800 resolved), raised at 0.5.549 (0.928 / 0.929)
    "blind56": ("b56-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.945, "speaker_acc": 0.945, "resolved_acc": 0.935,
                                  "e2e_f1": 0.93}),
    "blind57": ("b57-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.98, "speaker_acc": 0.96, "resolved_acc": 0.94,
                                  "e2e_f1": 0.94}),
    # opened at 0.5.551 from the untouched gate (0.879 / 0.822 / 0.885 / 0.842 resolved)
    "blind58": ("b58-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.965, "speaker_acc": 0.935, "resolved_acc": 0.93,
                                  "e2e_f1": 0.92}),
    "blind59": ("b59-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.97, "speaker_acc": 0.915, "resolved_acc": 0.885,
                                  "e2e_f1": 0.885}),
    "blind60": ("b60-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.975, "speaker_acc": 0.965, "resolved_acc": 0.96,
                                  "e2e_f1": 0.96}),
    "blind61": ("b61-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.965, "speaker_acc": 0.93, "resolved_acc": 0.915,
                                  "e2e_f1": 0.905}),
    # opened at 0.5.563 from the untouched gate (0.888 / 0.780 / 0.877 / 0.921 resolved)
    "blind62": ("b62-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.955, "speaker_acc": 0.945, "resolved_acc": 0.94,
                                  "e2e_f1": 0.925}),
    "blind63": ("b63-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.975, "speaker_acc": 0.91, "resolved_acc": 0.875,
                                  "e2e_f1": 0.865}),
    "blind64": ("b64-*.json", 8, {"quote_f1": 0.975, "exact_f1": 0.95, "speaker_acc": 0.955, "resolved_acc": 0.95,
                                  "e2e_f1": 0.935}),
    "blind65": ("b65-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.97, "speaker_acc": 0.93, "resolved_acc": 0.925,
                                  "e2e_f1": 0.925}),
    # opened at 0.5.591 from the untouched gate (0.854 / 0.785 / 0.885 / 0.835 / 0.816 / 0.852 / 0.755 / 0.968 resolved)
    "blind66": ("b66-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.965, "speaker_acc": 0.905, "resolved_acc": 0.905,
                                  "e2e_f1": 0.89}),
    "blind67": ("b67-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.95, "speaker_acc": 0.865, "resolved_acc": 0.85,
                                  "e2e_f1": 0.84}),
    "blind68": ("b68-*.json", 8, {"quote_f1": 0.96, "exact_f1": 0.9, "speaker_acc": 0.945, "resolved_acc": 0.935,
                                  "e2e_f1": 0.905}),
    "blind69": ("b69-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.905, "resolved_acc": 0.895,
                                  "e2e_f1": 0.89}),
    "blind70": ("b70-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.965, "speaker_acc": 0.92, "resolved_acc": 0.87,
                                  "e2e_f1": 0.865}),
    "blind71": ("b71-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.96, "speaker_acc": 0.945, "resolved_acc": 0.925,
                                  "e2e_f1": 0.92}),
    "blind72": ("b72-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.96, "speaker_acc": 0.845, "resolved_acc": 0.83,
                                  "e2e_f1": 0.82}),
    "blind73": ("b73-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "speaker_acc": 0.975, "resolved_acc": 0.975,
                                  "e2e_f1": 0.97}),
    # opened at 0.5.608 from the untouched gate (0.915 / 0.930 / 0.886 / 0.879 / 0.903 / 0.922 / 0.923 / 0.869 resolved)
    "blind74": ("b74-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.975, "resolved_acc": 0.975,
                                  "e2e_f1": 0.97}),
    "blind75": ("b75-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.965, "speaker_acc": 0.97, "resolved_acc": 0.96,
                                  "e2e_f1": 0.945}),
    "blind76": ("b76-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.965, "speaker_acc": 0.955, "resolved_acc": 0.94,
                                  "e2e_f1": 0.94}),
    "blind77": ("b77-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "speaker_acc": 0.95, "resolved_acc": 0.945,
                                  "e2e_f1": 0.94}),
    "blind78": ("b78-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.97, "speaker_acc": 0.95, "resolved_acc": 0.95,
                                  "e2e_f1": 0.94}),
    "blind79": ("b79-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "speaker_acc": 0.975, "resolved_acc": 0.955,
                                  "e2e_f1": 0.95}),
    "blind80": ("b80-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.97, "speaker_acc": 0.955, "resolved_acc": 0.94,
                                  "e2e_f1": 0.94}),
    "blind81": ("b81-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.975, "speaker_acc": 0.94, "resolved_acc": 0.935,
                                  "e2e_f1": 0.92}),
    # opened at 0.5.644 from the untouched gate (0.924 / 0.928 / 0.858 / 0.887 / 0.904 / 0.935 / 0.867 / 0.919 resolved)
    "blind82": ("b82-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.95, "speaker_acc": 0.97, "resolved_acc": 0.97,
                                  "e2e_f1": 0.96}),
    "blind83": ("b83-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.98, "speaker_acc": 0.965, "resolved_acc": 0.945,
                                  "e2e_f1": 0.935}),
    "blind84": ("b84-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.97, "speaker_acc": 0.935, "resolved_acc": 0.925,
                                  "e2e_f1": 0.92}),
    "blind85": ("b85-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.985, "speaker_acc": 0.95, "resolved_acc": 0.925,
                                  "e2e_f1": 0.92}),
    "blind86": ("b86-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.95, "speaker_acc": 0.98, "resolved_acc": 0.955,
                                  "e2e_f1": 0.95}),
    "blind87": ("b87-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.94, "speaker_acc": 0.98, "resolved_acc": 0.965,
                                  "e2e_f1": 0.955}),
    "blind88": ("b88-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.985, "speaker_acc": 0.95, "resolved_acc": 0.93,
                                  "e2e_f1": 0.93}),
    "blind89": ("b89-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.965, "speaker_acc": 0.96, "resolved_acc": 0.955,
                                  "e2e_f1": 0.95}),
    # opened at 0.5.675 from the untouched gate (0.894 / 0.929 / 0.890 / 0.941 / 0.939 / 0.929 / 0.888 / 0.955 resolved)
    "blind90": ("b90-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.97, "speaker_acc": 0.925, "resolved_acc": 0.91,
                                  "e2e_f1": 0.91}),
    "blind91": ("b91-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.965, "speaker_acc": 0.95, "resolved_acc": 0.95,
                                  "e2e_f1": 0.95}),
    "blind92": ("b92-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.955, "speaker_acc": 0.98, "resolved_acc": 0.975,
                                  "e2e_f1": 0.975}),
    "blind93": ("b93-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.965, "speaker_acc": 0.965, "resolved_acc": 0.945,
                                  "e2e_f1": 0.935}),
    "blind94": ("b94-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.985, "speaker_acc": 0.97, "resolved_acc": 0.97,
                                  "e2e_f1": 0.97}),
    "blind95": ("b95-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.985, "speaker_acc": 0.97, "resolved_acc": 0.97,
                                  "e2e_f1": 0.97}),
    "blind96": ("b96-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.985, "speaker_acc": 0.93, "resolved_acc": 0.925,
                                  "e2e_f1": 0.925}),
    "blind97": ("b97-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.955, "resolved_acc": 0.95,
                                  "e2e_f1": 0.94}),
    # opened at 0.5.688 from the untouched gate (0.920 / 0.911 / 0.914 / 0.945 / 0.930 / 0.929 / 0.910 / 0.922 resolved)
    "blind98": ("b98-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.99, "speaker_acc": 0.975, "resolved_acc": 0.97,
                                  "e2e_f1": 0.965}),
    "blind99": ("b99-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.975, "speaker_acc": 0.95, "resolved_acc": 0.93,
                                  "e2e_f1": 0.93}),
    "blind100": ("b100-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.98, "speaker_acc": 0.97, "resolved_acc": 0.96,
                                    "e2e_f1": 0.955}),
    "blind101": ("b101-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.98, "speaker_acc": 0.975, "resolved_acc": 0.975,
                                    "e2e_f1": 0.975}),
    "blind102": ("b102-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.98, "speaker_acc": 0.975, "resolved_acc": 0.965,
                                    "e2e_f1": 0.965}),
    "blind103": ("b103-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.985, "speaker_acc": 0.955, "resolved_acc": 0.95,
                                    "e2e_f1": 0.95}),
    "blind104": ("b104-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.985, "speaker_acc": 0.97, "resolved_acc": 0.965,
                                    "e2e_f1": 0.965}),
    "blind105": ("b105-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.985, "speaker_acc": 0.95, "resolved_acc": 0.95,
                                    "e2e_f1": 0.945}),
    # opened at 0.5.715 from the untouched gate (0.915 / 0.937 / 0.948 / 0.879 / 0.890 / 0.824 / 0.901 / 0.832 resolved)
    "blind106": ("b106-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.975, "speaker_acc": 0.96, "resolved_acc": 0.935,
                                    "e2e_f1": 0.935}),
    "blind107": ("b107-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.98, "resolved_acc": 0.98,
                                    "e2e_f1": 0.975}),
    "blind108": ("b108-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.995, "speaker_acc": 0.97, "resolved_acc": 0.96,
                                    "e2e_f1": 0.96}),
    "blind109": ("b109-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.985, "speaker_acc": 0.935, "resolved_acc": 0.895,
                                    "e2e_f1": 0.895}),
    "blind110": ("b110-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.98, "speaker_acc": 0.93, "resolved_acc": 0.93,
                                    "e2e_f1": 0.925}),
    "blind111": ("b111-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.885, "resolved_acc": 0.87,
                                    "e2e_f1": 0.865}),
    "blind112": ("b112-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "speaker_acc": 0.95, "resolved_acc": 0.91,
                                    "e2e_f1": 0.91}),
    "blind113": ("b113-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.965, "speaker_acc": 0.92, "resolved_acc": 0.905,
                                    "e2e_f1": 0.9}),
    "blind114": ("b114-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.955, "speaker_acc": 0.975, "resolved_acc": 0.97,
                                    "e2e_f1": 0.97}),
    "blind115": ("b115-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.97, "speaker_acc": 0.96, "resolved_acc": 0.925,
                                    "e2e_f1": 0.925}),
    "blind116": ("b116-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.96, "resolved_acc": 0.92,
                                    "e2e_f1": 0.915}),
    "blind117": ("b117-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.975, "speaker_acc": 0.9, "resolved_acc": 0.875,
                                    "e2e_f1": 0.865}),
    "blind118": ("b118-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.985, "speaker_acc": 0.94, "resolved_acc": 0.915,
                                    "e2e_f1": 0.915}),
    "blind119": ("b119-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.985, "speaker_acc": 0.94, "resolved_acc": 0.935,
                                    "e2e_f1": 0.935}),
    "blind120": ("b120-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.985, "speaker_acc": 0.915, "resolved_acc": 0.9,
                                    "e2e_f1": 0.895}),
    "blind121": ("b121-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.985, "speaker_acc": 0.93, "resolved_acc": 0.925,
                                    "e2e_f1": 0.92}),
    # opened at 0.5.763 (0.894 resolved of 1,487 found: blind122-124 at 0.5.609 and blind125-129 at 0.5.644
    # on delivery)
    "blind122": ("b122-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.96, "resolved_acc": 0.955,
                                    "e2e_f1": 0.95}),
    "blind123": ("b123-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.965, "speaker_acc": 0.955, "resolved_acc": 0.92,
                                    "e2e_f1": 0.92}),
    "blind124": ("b124-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.985, "speaker_acc": 0.92, "resolved_acc": 0.9,
                                    "e2e_f1": 0.9}),
    "blind125": ("b125-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.985, "speaker_acc": 0.92, "resolved_acc": 0.91,
                                    "e2e_f1": 0.905}),
    "blind126": ("b126-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.97, "speaker_acc": 0.945, "resolved_acc": 0.92,
                                    "e2e_f1": 0.915}),
    "blind127": ("b127-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "speaker_acc": 0.975, "resolved_acc": 0.95,
                                    "e2e_f1": 0.945}),
    "blind128": ("b128-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.97, "speaker_acc": 0.935, "resolved_acc": 0.925,
                                    "e2e_f1": 0.92}),
    "blind129": ("b129-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.97, "resolved_acc": 0.96,
                                    "e2e_f1": 0.955}),
    # opened at 0.5.778 (0.901 resolved of 1,470 found; blind130-132 delivered at 0.5.644, blind133-137 at 0.5.675)
    "blind130": ("b130-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.985, "speaker_acc": 0.945, "resolved_acc": 0.94,
                                    "e2e_f1": 0.935}),
    "blind131": ("b131-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.93, "resolved_acc": 0.905,
                                    "e2e_f1": 0.905}),
    "blind132": ("b132-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.965, "speaker_acc": 0.945, "resolved_acc": 0.92,
                                    "e2e_f1": 0.92}),
    "blind133": ("b133-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.995, "speaker_acc": 0.945, "resolved_acc": 0.92,
                                    "e2e_f1": 0.92}),
    "blind134": ("b134-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "speaker_acc": 0.96, "resolved_acc": 0.95,
                                    "e2e_f1": 0.945}),
    "blind135": ("b135-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.935, "speaker_acc": 0.96, "resolved_acc": 0.94,
                                    "e2e_f1": 0.93}),
    "blind136": ("b136-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.965, "speaker_acc": 0.935, "resolved_acc": 0.93,
                                    "e2e_f1": 0.925}),
    "blind137": ("b137-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.965, "speaker_acc": 0.935, "resolved_acc": 0.915,
                                    "e2e_f1": 0.91}),
    # opened at 0.5.809 (0.900 resolved of 1,465 found; blind138-140 delivered at 0.5.675, blind141-145 at 0.5.692)
    "blind138": ("b138-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.97, "speaker_acc": 0.955, "resolved_acc": 0.935,
                                    "e2e_f1": 0.935}),
    "blind139": ("b139-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.98, "speaker_acc": 0.93, "resolved_acc": 0.915,
                                    "e2e_f1": 0.915}),
    "blind140": ("b140-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.965, "speaker_acc": 0.895, "resolved_acc": 0.88,
                                    "e2e_f1": 0.875}),
    "blind141": ("b141-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.96, "resolved_acc": 0.945,
                                    "e2e_f1": 0.94}),
    "blind142": ("b142-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.96, "speaker_acc": 0.935, "resolved_acc": 0.885,
                                    "e2e_f1": 0.875}),
    "blind143": ("b143-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.975, "speaker_acc": 0.955, "resolved_acc": 0.94,
                                    "e2e_f1": 0.94}),
    "blind144": ("b144-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.96, "speaker_acc": 0.94, "resolved_acc": 0.925,
                                    "e2e_f1": 0.915}),
    "blind145": ("b145-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.975, "speaker_acc": 0.94, "resolved_acc": 0.93,
                                    "e2e_f1": 0.92}),
    # opened at 0.5.823 (blind146-148 delivered at 0.5.692, blind149-153 at 0.5.717 and 0.5.718)
    "blind146": ("b146-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.98, "speaker_acc": 0.945, "resolved_acc": 0.92,
                                    "e2e_f1": 0.91}),
    "blind147": ("b147-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.98, "speaker_acc": 0.945, "resolved_acc": 0.905,
                                    "e2e_f1": 0.895}),
    "blind148": ("b148-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.97, "speaker_acc": 0.95, "resolved_acc": 0.93,
                                    "e2e_f1": 0.93}),
    "blind149": ("b149-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.98, "speaker_acc": 0.88, "resolved_acc": 0.86,
                                    "e2e_f1": 0.86}),
    # (raised at 0.5.761 on a rule the session's review then narrowed: half a point under 0.5.762)
    "blind150": ("b150-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.985, "speaker_acc": 0.93, "resolved_acc": 0.9,
                                    "e2e_f1": 0.895}),
    "blind151": ("b151-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.97, "speaker_acc": 0.945, "resolved_acc": 0.915,
                                    "e2e_f1": 0.91}),
    "blind152": ("b152-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.98, "speaker_acc": 0.94, "resolved_acc": 0.915,
                                    "e2e_f1": 0.91}),
    "blind153": ("b153-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.96, "speaker_acc": 0.96, "resolved_acc": 0.955,
                                    "e2e_f1": 0.945}),
    # opened at 0.5.845 (blind154-156 delivered at 0.5.718, blind157-161 at 0.5.733)
    "blind154": ("b154-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "speaker_acc": 0.95, "resolved_acc": 0.93,
                                    "e2e_f1": 0.93}),
    "blind155": ("b155-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.98, "speaker_acc": 0.905, "resolved_acc": 0.87,
                                    "e2e_f1": 0.865}),
    "blind156": ("b156-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.985, "speaker_acc": 0.9, "resolved_acc": 0.88,
                                    "e2e_f1": 0.875}),
    "blind157": ("b157-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.99, "speaker_acc": 0.94, "resolved_acc": 0.92,
                                    "e2e_f1": 0.92}),
    "blind158": ("b158-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.975, "speaker_acc": 0.955, "resolved_acc": 0.935,
                                    "e2e_f1": 0.925}),
    "blind159": ("b159-*.json", 8, {"quote_f1": 0.975, "exact_f1": 0.935, "speaker_acc": 0.96, "resolved_acc": 0.96,
                                    "e2e_f1": 0.935}),
    "blind160": ("b160-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "speaker_acc": 0.945, "resolved_acc": 0.925,
                                    "e2e_f1": 0.925}),
    "blind161": ("b161-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.985, "speaker_acc": 0.91, "resolved_acc": 0.88,
                                    "e2e_f1": 0.88}),
    # opened at 0.5.846 (blind162-164 delivered at 0.5.733, blind165-169 at 0.5.765)
    "blind162": ("b162-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.98, "speaker_acc": 0.975, "resolved_acc": 0.96,
                                    "e2e_f1": 0.96}),
    "blind163": ("b163-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.965, "speaker_acc": 0.905, "resolved_acc": 0.895,
                                    "e2e_f1": 0.89}),
    "blind164": ("b164-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.98, "speaker_acc": 0.955, "resolved_acc": 0.94,
                                    "e2e_f1": 0.935}),
    "blind165": ("b165-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.95, "speaker_acc": 0.95, "resolved_acc": 0.915,
                                    "e2e_f1": 0.905}),
    "blind166": ("b166-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.98, "speaker_acc": 0.935, "resolved_acc": 0.93,
                                    "e2e_f1": 0.93}),
    "blind167": ("b167-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.98, "speaker_acc": 0.945, "resolved_acc": 0.905,
                                    "e2e_f1": 0.9}),
    "blind168": ("b168-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.975, "speaker_acc": 0.945, "resolved_acc": 0.91,
                                    "e2e_f1": 0.9}),
    "blind169": ("b169-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.985, "speaker_acc": 0.91, "resolved_acc": 0.905,
                                    "e2e_f1": 0.9}),
    # opened at 0.5.848 (blind170-172 delivered at 0.5.765, blind173-177 at 0.5.781)
    "blind170": ("b170-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.975, "speaker_acc": 0.935, "resolved_acc": 0.92,
                                    "e2e_f1": 0.92}),
    "blind171": ("b171-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.965, "speaker_acc": 0.925, "resolved_acc": 0.895,
                                    "e2e_f1": 0.88}),
    "blind172": ("b172-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.99, "speaker_acc": 0.96, "resolved_acc": 0.95,
                                    "e2e_f1": 0.945}),
    "blind173": ("b173-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.97, "speaker_acc": 0.975, "resolved_acc": 0.96,
                                    "e2e_f1": 0.955}),
    "blind174": ("b174-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "speaker_acc": 0.93, "resolved_acc": 0.92,
                                    "e2e_f1": 0.915}),
    "blind175": ("b175-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.97, "speaker_acc": 0.96, "resolved_acc": 0.935,
                                    "e2e_f1": 0.935}),
    "blind176": ("b176-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.98, "speaker_acc": 0.88, "resolved_acc": 0.825,
                                    "e2e_f1": 0.82}),
    "blind177": ("b177-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.97, "speaker_acc": 0.925, "resolved_acc": 0.885,
                                    "e2e_f1": 0.875}),
    # opened at 0.5.851 (blind178-180 delivered at 0.5.781, blind181-185 at 0.5.811)
    "blind178": ("b178-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.985, "speaker_acc": 0.915, "resolved_acc": 0.88,
                                    "e2e_f1": 0.875}),
    "blind179": ("b179-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.975, "speaker_acc": 0.95, "resolved_acc": 0.94,
                                    "e2e_f1": 0.93}),
    "blind180": ("b180-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.965, "speaker_acc": 0.955, "resolved_acc": 0.94,
                                    "e2e_f1": 0.935}),
    "blind181": ("b181-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.955, "speaker_acc": 0.96, "resolved_acc": 0.935,
                                    "e2e_f1": 0.93}),
    "blind182": ("b182-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.985, "speaker_acc": 0.935, "resolved_acc": 0.9,
                                    "e2e_f1": 0.9}),
    "blind183": ("b183-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.98, "speaker_acc": 0.95, "resolved_acc": 0.945,
                                    "e2e_f1": 0.935}),
    "blind184": ("b184-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.97, "speaker_acc": 0.955, "resolved_acc": 0.95,
                                    "e2e_f1": 0.945}),
    "blind185": ("b185-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.995, "speaker_acc": 0.915, "resolved_acc": 0.91,
                                    "e2e_f1": 0.91}),
    # opened at 0.5.866 (blind186-188 delivered at 0.5.811, blind189-193 at 0.5.825)
    "blind186": ("b186-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.95, "resolved_acc": 0.935,
                                    "e2e_f1": 0.93}),
    "blind187": ("b187-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "speaker_acc": 0.93, "resolved_acc": 0.93,
                                    "e2e_f1": 0.925}),
    "blind188": ("b188-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.97, "speaker_acc": 0.95, "resolved_acc": 0.94,
                                    "e2e_f1": 0.93}),
    "blind189": ("b189-*.json", 8, {"quote_f1": 0.98, "exact_f1": 0.96, "speaker_acc": 0.935, "resolved_acc": 0.91,
                                    "e2e_f1": 0.895}),
    "blind190": ("b190-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.97, "speaker_acc": 0.91, "resolved_acc": 0.9,
                                    "e2e_f1": 0.89}),
    "blind191": ("b191-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.965, "speaker_acc": 0.95, "resolved_acc": 0.935,
                                    "e2e_f1": 0.93}),
    "blind192": ("b192-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.97, "resolved_acc": 0.96,
                                    "e2e_f1": 0.955}),
    "blind193": ("b193-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.98, "speaker_acc": 0.95, "resolved_acc": 0.94,
                                    "e2e_f1": 0.93}),
    # opened at 0.5.892 (blind194-196 delivered at 0.5.825, blind197-201 at 0.5.845)
    "blind194": ("b194-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.97, "speaker_acc": 0.89, "resolved_acc": 0.87,
                                    "e2e_f1": 0.865}),
    "blind195": ("b195-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "speaker_acc": 0.97, "resolved_acc": 0.955,
                                    "e2e_f1": 0.95}),
    "blind196": ("b196-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.985, "speaker_acc": 0.955, "resolved_acc": 0.955,
                                    "e2e_f1": 0.955}),
    "blind197": ("b197-*.json", 8, {"quote_f1": 0.975, "exact_f1": 0.965, "speaker_acc": 0.95, "resolved_acc": 0.93,
                                    "e2e_f1": 0.915}),
    "blind198": ("b198-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.92, "resolved_acc": 0.895,
                                    "e2e_f1": 0.885}),
    "blind199": ("b199-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.965, "speaker_acc": 0.91, "resolved_acc": 0.885,
                                    "e2e_f1": 0.88}),
    "blind200": ("b200-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.955, "resolved_acc": 0.94,
                                    "e2e_f1": 0.935}),
    "blind201": ("b201-*.json", 8, {"quote_f1": 0.995, "exact_f1": 0.985, "speaker_acc": 0.935, "resolved_acc": 0.895,
                                    "e2e_f1": 0.895}),
    # opened at 0.5.908 (blind202-204 delivered at 0.5.845, blind205-209 at 0.5.846)
    "blind202": ("b202-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.98, "speaker_acc": 0.965, "resolved_acc": 0.95,
                                    "e2e_f1": 0.94}),
    "blind203": ("b203-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.98, "speaker_acc": 0.97, "resolved_acc": 0.96,
                                    "e2e_f1": 0.955}),
    "blind204": ("b204-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "speaker_acc": 0.935, "resolved_acc": 0.92,
                                    "e2e_f1": 0.92}),
    "blind205": ("b205-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.95,
                                    "resolved_acc": 0.94, "e2e_f1": 0.935}),
    "blind206": ("b206-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.97, "speaker_acc": 0.895,
                                    "resolved_acc": 0.88, "e2e_f1": 0.875}),
    "blind207": ("b207-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.975, "speaker_acc": 0.88,
                                    "resolved_acc": 0.83, "e2e_f1": 0.825}),
    "blind208": ("b208-*.json", 8, {"quote_f1": 0.99, "exact_f1": 0.985, "speaker_acc": 0.94,
                                    "resolved_acc": 0.915, "e2e_f1": 0.91}),
    "blind209": ("b209-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.975, "speaker_acc": 0.955,
                                    "resolved_acc": 0.915, "e2e_f1": 0.905}),
    # opened at 0.5.349 on delivery (0.937 resolved, quote F1 0.927: the lowest quote F1 of any set), a little under
    "blind52": ("b52-*.json", 8, {"quote_f1": 0.985, "exact_f1": 0.96, "resolved_acc": 0.995, "e2e_f1": 0.985}),
}


# the first stops' sets give every scored quote a cue, and tuning writes each alias as it stands
# in the text; the later sets' interview answers may have no cue
WELL_FORMED = {"heldout": {}, "tuning": {"aliases_in_text": True}}


@pytest.mark.parametrize("name", sorted(SETS))
def test_fixtures_are_well_formed(name):
    pattern, count, _ = SETS[name]
    golds = load_golds(FIXTURES / name, pattern)
    check_well_formed(golds, sorted(p.stem for p, _ in golds), **WELL_FORMED.get(name, {"cue_required": False}))
    assert len(golds) == count, f"expected {count} {name} articles, found {len(golds)}"


@pytest.mark.parametrize("name", sorted(SETS))
def test_gold_fed_back_scores_perfectly(name):
    scorer = load_scorer()
    for path, g in load_golds(FIXTURES / name, SETS[name][0]):
        s = scorer.score_article(g, [{"content": q["content"], "speaker": q["speaker"], "type": q["type"]} for q in g["quotes"]])
        scored = sum(not q["optional"] for q in g["quotes"])
        assert (s["tp"], s["fp"], s["fn"], s["res"], s["exact"]) == (scored, 0, 0, scored, scored), f"{path.name}: {s['errors']}"


@pytest.mark.parametrize("name", sorted(SETS))
def test_development_scores_stay_above_floors(name):
    pattern, _, floors = SETS[name]
    scores = score_set([g for _, g in load_golds(FIXTURES / name, pattern)])
    failed = [f"{k} {scores[k]:.4f} < {floor}" for k, floor in floors.items() if scores[k] < floor]
    assert not failed, f"{name}: " + "; ".join(failed) + "\n" + score_report(scores)
