# The page shown when the server is very busy (HTTP 503), e.g. the evening booking opens.
parent-busy-title = الموقع مزدحم جدًا الآن
parent-busy-body = الموقع مزدحم جدًا الآن. لم يَضِع أي شيء، ورابطكم ما زال يعمل. حاولوا مرة أخرى بعد قليل.
parent-busy-nothing-held = لم يُنفَّذ طلبكم: لم يُحجز أي شيء ولم يتغيّر أي شيء، ولا يُحتفَظ بأي وقت لأي شخص.
parent-busy-try-again = إعادة المحاولة
