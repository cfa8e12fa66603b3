from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class ArticleUploadForm(forms.Form):
    text = forms.CharField(label=_("Article text"), required=False, widget=forms.Textarea(attrs={"rows": 14, "dir": "rtl"}))
    file = forms.FileField(label=_("…or a .txt file"), required=False)
    title = forms.CharField(label=_("Title"), required=False, max_length=500)
    outlet = forms.CharField(label=_("Outlet"), required=False, max_length=200)
    url = forms.URLField(label=_("URL"), required=False, max_length=2000, assume_scheme="https")
    published_on = forms.DateField(label=_("Published"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is not None:
            if upload.size > settings.ARTICLE_MAX_BYTES:
                raise forms.ValidationError(_("The file is too large."))
            if not upload.name.lower().endswith(".txt"):
                raise forms.ValidationError(_("Only .txt files can be uploaded for now."))
        return upload

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("text") or "").strip() and not cleaned.get("file") and not self.errors:
            raise forms.ValidationError(_("Paste the article text or choose a file."))
        return cleaned
