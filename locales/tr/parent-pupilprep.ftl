### parent-pupilprep.ftl — the mail to parents with their child's link to prepare a progress conversation.
### Parent-facing: every key here is translated into every language in locales/.

parent-pupilprep-mail-subject = { $child } gelişim görüşmesine hazırlanabilir
parent-pupilprep-mail-body =
    Sayın { $name },

    Yakında gelişim görüşmesi (voortgangsgesprek, { $round }) var: siz, { $child } ve mentor (sınıf rehber öğretmeni) okulda işlerin nasıl gittiğini birlikte konuşacaksınız. { $child } görüşmeye önceden kısa bir formla hazırlanabilir: ne iyi gitti, neyin üzerinde çalışmak istiyorum, neye ihtiyacım var. Bu bağlantıyı { $child } ile paylaşır mısınız?
    { $link }

    Bu bağlantı kişiseldir. Görüşmeler bitene kadar çalışır. Mentor cevapları görüşmeden önce okur.

    Saygılarımızla,
    { $school }
