## Gatherings: the family's answer page (closing, interpreter language)
gathering-rsvp-closed = لقد بدأ هذا اللقاء أو انتهى. لم يعد بإمكانكم تغيير إجابتكم. هل لديكم سؤال؟ يرجى التواصل مع المدرسة.
gathering-interpreter-choose = اختاروا لغة…
gathering-interpreter-other = لغة أخرى
gathering-interpreter-other-label = لغة أخرى (اكتبوا اسم اللغة)
gathering-error-interpreter-language = أنتم ترغبون في مترجم. يرجى اختيار اللغة، أو كتابة لغة أخرى.
