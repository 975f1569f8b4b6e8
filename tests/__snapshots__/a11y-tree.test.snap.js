/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["document-list-en"] = 
`region "snapshot"
  search "Search documents"
    StaticText "Search documents"
    searchbox "Search documents"
    button "Search"
  StaticText "Meeting"
  combobox "Meeting" value="All meetings" expanded=false haspopup=menu
    option "All meetings" selected=true
    option "9th meeting" selected=false
    option "10th meeting" selected=false
    option "11th meeting" selected=false
    option "12th meeting" selected=false
    option "13th meeting" selected=false
    option "14th meeting" selected=false
  StaticText "Type"
  combobox "Type" value="All types" expanded=false haspopup=menu
    option "All types" selected=true
    option "Liaison statement" selected=false
    option "Other document" selected=false
    option "Report" selected=false
    option "Resolution" selected=false
  StaticText "Topic"
  combobox "Topic" value="All topics" expanded=false haspopup=menu
    option "All topics" selected=true
    option "Case studies and good practices" selected=false
    option "Child Online Protection framework" selected=false
    option "Cyberbullying" selected=false
    option "Digital skills and empowerment" selected=false
    option "Mandate and working methods" selected=false
    option "Multi-stakeholder cooperation" selected=false
    option "Open documents and information sharing" selected=false
    option "Safe technology and devices" selected=false
    option "Terminology" selected=false
    option "Youth participation" selected=false
  StaticText "Year"
  combobox "Year" value="All years" expanded=false haspopup=menu
    option "All years" selected=true
    option "2018" selected=false
    option "2017" selected=false
    option "2016" selected=false
    option "2015" selected=false
    option "2014" selected=false
  StaticText "Language"
  combobox "Language" value="All languages" expanded=false haspopup=menu
    option "All languages" selected=true
    option "English" selected=false
  StaticText "Sort by"
  combobox "Sort by" value="Newest first" expanded=false haspopup=menu
    option "Newest first" selected=true
    option "Oldest first" selected=false
    option "Title" selected=false
    option "Symbol" selected=false
  StaticText "Showing 1–2 of 11 documents"
  button "Download CSV"
  button "Print"
  heading "Report of the Council Working Group on Child Online Protection to Council 2018 and PP-18" level=3
  StaticText "14th meeting"
  StaticText "March 1, 2018"
  StaticText "Report"
  StaticText "Summarizes the activities of CWG-COP under Resolution 179 and Resolution 1306 since PP-14, its main achievements and the recommendations adopted at its 9th to 14th meetings. The Council is invited to transmit it to PP-18."
  StaticText "Mandate and working methods"
  StaticText "Youth participation"
  StaticText "Multi-stakeholder cooperation"
  StaticText "Case studies and good practices"
  link "English · HTML"
    StaticText "English"
    StaticText " · "
    StaticText "HTML"
  heading "Outcome of the 14th meeting of CWG-COP" level=3
  StaticText "14th meeting"
  StaticText "January 23, 2018"
  StaticText "Report"
  StaticText "Report on the 14th meeting, held on 23 January 2018: comments on a new CWG-COP logo, an online repository of national work, ideas to increase youth responses, wider stakeholder participation and a proposed link on the ITU website to case studies and best practices."
  StaticText "Mandate and working methods"
  StaticText "Case studies and good practices"
  StaticText "Youth participation"
  StaticText "Multi-stakeholder cooperation"
  link "English · HTML"
    StaticText "English"
    StaticText " · "
    StaticText "HTML"
  navigation "Pages"
    button "Previous" disabled=true
    button "Go to page 1"
    button "Go to page 2"
    button "Go to page 3"
    button "Go to page 6"
    button "Next "
  status
`;
/* end snapshot document-list-en */

snapshots["document-list-ar"] = 
`region "snapshot"
  search "البحث في الوثائق"
    StaticText "البحث في الوثائق"
    searchbox "البحث في الوثائق"
    button "بحث"
  StaticText "الاجتماع"
  combobox "الاجتماع" value="جميع الاجتماعات" expanded=false haspopup=menu
    option "جميع الاجتماعات" selected=true
    option "الاجتماع 9" selected=false
    option "الاجتماع 10" selected=false
    option "الاجتماع 11" selected=false
    option "الاجتماع 12" selected=false
    option "الاجتماع 13" selected=false
    option "الاجتماع 14" selected=false
  StaticText "النوع"
  combobox "النوع" value="جميع الأنواع" expanded=false haspopup=menu
    option "جميع الأنواع" selected=true
    option "بيان اتصال" selected=false
    option "تقرير" selected=false
    option "قرار" selected=false
    option "وثيقة أخرى" selected=false
  StaticText "الموضوع"
  combobox "الموضوع" value="جميع المواضيع" expanded=false haspopup=menu
    option "جميع المواضيع" selected=true
    option "إتاحة الوثائق وتبادل المعلومات" selected=false
    option "إطار حماية الأطفال على الإنترنت" selected=false
    option "التعاون بين أصحاب المصلحة المتعددين" selected=false
    option "التكنولوجيا والأجهزة الآمنة" selected=false
    option "التنمر الإلكتروني" selected=false
    option "المصطلحات" selected=false
    option "المهارات الرقمية والتمكين" selected=false
    option "الولاية وأساليب العمل" selected=false
    option "دراسات الحالة والممارسات الجيدة" selected=false
    option "مشاركة الشباب" selected=false
  StaticText "السنة"
  combobox "السنة" value="جميع السنوات" expanded=false haspopup=menu
    option "جميع السنوات" selected=true
    option "2018" selected=false
    option "2017" selected=false
    option "2016" selected=false
    option "2015" selected=false
    option "2014" selected=false
  StaticText "اللغة"
  combobox "اللغة" value="جميع اللغات" expanded=false haspopup=menu
    option "جميع اللغات" selected=true
    option "English" selected=false
  StaticText "الترتيب حسب"
  combobox "الترتيب حسب" value="الأحدث أولًا" expanded=false haspopup=menu
    option "الأحدث أولًا" selected=true
    option "الأقدم أولًا" selected=false
    option "العنوان" selected=false
    option "الرمز" selected=false
  StaticText "عرض 1–2 من أصل 11 وثيقة"
  button "تنزيل ملف CSV"
  button "طباعة"
  heading "تقرير فريق العمل التابع للمجلس المعني بحماية الأطفال على الإنترنت إلى دورة المجلس لعام 2018 ومؤتمر المندوبين المفوضين لعام 2018" level=3
  StaticText "الاجتماع 14"
  StaticText "1 مارس 2018"
  StaticText "تقرير"
  StaticText "يلخص أنشطة فريق CWG-COP بموجب القرار 179 والقرار 1306 منذ مؤتمر المندوبين المفوضين لعام 2014، وأهم إنجازاته، والتوصيات التي اعتمدها في اجتماعاته من التاسع إلى الرابع عشر. والمجلس مدعو إلى إحالته إلى مؤتمر المندوبين المفوضين لعام 2018."
  StaticText "الولاية وأساليب العمل"
  StaticText "مشاركة الشباب"
  StaticText "التعاون بين أصحاب المصلحة المتعددين"
  StaticText "دراسات الحالة والممارسات الجيدة"
  link "English · HTML"
    StaticText "English"
    StaticText " · "
    StaticText "HTML"
  heading "نتائج الاجتماع الرابع عشر لفريق CWG-COP" level=3
  StaticText "الاجتماع 14"
  StaticText "23 يناير 2018"
  StaticText "تقرير"
  StaticText "تقرير عن الاجتماع الرابع عشر المعقود في 23 يناير 2018: التعليقات على الشعار الجديد لفريق CWG-COP، وإنشاء مستودع إلكتروني للأعمال الوطنية، وأفكار لزيادة ردود الشباب، وتوسيع مشاركة أصحاب المصلحة، واقتراح إضافة رابط على الموقع الإلكتروني للاتحاد إلى دراسات الحالة وأفضل الممارسات."
  StaticText "الولاية وأساليب العمل"
  StaticText "دراسات الحالة والممارسات الجيدة"
  StaticText "مشاركة الشباب"
  StaticText "التعاون بين أصحاب المصلحة المتعددين"
  link "English · HTML"
    StaticText "English"
    StaticText " · "
    StaticText "HTML"
  navigation "الصفحات"
    button "السابق" disabled=true
    button "الانتقال إلى الصفحة 1"
    button "الانتقال إلى الصفحة 2"
    button "الانتقال إلى الصفحة 3"
    button "الانتقال إلى الصفحة 6"
    button "التالي"
  status
`;
/* end snapshot document-list-ar */

snapshots["recommendation-timeline-en"] = 
`region "snapshot"
  StaticText "Topic"
  combobox "Topic" value="All topics" expanded=false haspopup=menu
    option " All topics " selected=true
    option " Youth participation " selected=false
    option " Multi-stakeholder cooperation " selected=false
    option " Case studies and good practices " selected=false
    option " Open documents and information sharing " selected=false
    option " Mandate and working methods " selected=false
  StaticText "Kind"
  combobox "Kind" value="All kinds" expanded=false haspopup=menu
    option " All kinds " selected=true
    option "Recommendations" selected=false
    option "Actions" selected=false
  StaticText "Order"
  combobox "Order" value="Oldest first" expanded=false haspopup=menu
    option " Oldest first " selected=true
    option " Newest first " selected=false
  StaticText "Showing 5 outcomes"
  button "14th meeting 5 outcomes" expanded=true
  StaticText "January 23, 2018"
  StaticText "Geneva"
  StaticText "Meeting documents:"
  link "Report of the Council Working Group on Child Online Protection to Council 2018 and PP-18"
    StaticText "Report of the Council Working Group on Child Online Protection to Council 2018 and PP-18"
  link "Outcome of the 14th meeting of CWG-COP"
    StaticText "Outcome of the 14th meeting of CWG-COP"
  StaticText "Action"
  StaticText "Send comments on the new CWG-COP logo to the secretariat by email."
  StaticText "Topics:"
  StaticText "Mandate and working methods"
  StaticText "Action"
  StaticText "Set up an online repository of the work carried out by countries."
  StaticText "Topics:"
  StaticText "Case studies and good practices"
  StaticText "Open documents and information sharing"
  StaticText "Action"
  StaticText "Provide guidance and ideas on how to increase the number of responses from young people."
  StaticText "Topics:"
  StaticText "Youth participation"
  StaticText "Recommendation"
  StaticText "Seek the participation of a wide range of stakeholders in the meetings, as they are a unique platform for sharing experience and lessons learned."
  StaticText "Topics:"
  StaticText "Multi-stakeholder cooperation"
  StaticText "Recommendation"
  StaticText "The meeting put forward a proposal inviting ITU to add a link on its website listing case studies or best practices that stakeholders can consult when needed."
  StaticText "Topics:"
  StaticText "Case studies and good practices"
  StaticText "Open documents and information sharing"
  status
`;
/* end snapshot recommendation-timeline-en */

snapshots["recommendation-timeline-ar"] = 
`region "snapshot"
  StaticText "الموضوع"
  combobox "الموضوع" value="جميع المواضيع" expanded=false haspopup=menu
    option " جميع المواضيع " selected=true
    option " مشاركة الشباب " selected=false
    option " التعاون بين أصحاب المصلحة المتعددين " selected=false
    option " دراسات الحالة والممارسات الجيدة " selected=false
    option " إتاحة الوثائق وتبادل المعلومات " selected=false
    option " الولاية وأساليب العمل " selected=false
  StaticText "النوع"
  combobox "النوع" value="جميع الأنواع" expanded=false haspopup=menu
    option " جميع الأنواع " selected=true
    option "التوصيات" selected=false
    option "الإجراءات" selected=false
  StaticText "الترتيب"
  combobox "الترتيب" value="الأقدم أولًا" expanded=false haspopup=menu
    option " الأقدم أولًا " selected=true
    option " الأحدث أولًا " selected=false
  StaticText "5 نتائج معروضة"
  button "الاجتماع 14 5 نتائج" expanded=true
  StaticText "23 يناير 2018"
  StaticText "جنيف"
  StaticText "وثائق الاجتماع:"
  link "تقرير فريق العمل التابع للمجلس المعني بحماية الأطفال على الإنترنت إلى دورة المجلس لعام 2018 ومؤتمر المندوبين المفوضين لعام 2018"
    StaticText "تقرير فريق العمل التابع للمجلس المعني بحماية الأطفال على الإنترنت إلى دورة المجلس لعام 2018 ومؤتمر المندوبين المفوضين لعام 2018"
  StaticText "الإنجليزية"
  link "نتائج الاجتماع الرابع عشر لفريق CWG-COP"
    StaticText "نتائج الاجتماع الرابع عشر لفريق CWG-COP"
  StaticText "الإنجليزية"
  StaticText "إجراء"
  StaticText "إرسال التعليقات على الشعار الجديد لفريق CWG-COP إلى الأمانة بالبريد الإلكتروني."
  StaticText "المواضيع:"
  StaticText "الولاية وأساليب العمل"
  StaticText "إجراء"
  StaticText "إنشاء مستودع إلكتروني للأعمال التي تضطلع بها البلدان."
  StaticText "المواضيع:"
  StaticText "دراسات الحالة والممارسات الجيدة"
  StaticText "إتاحة الوثائق وتبادل المعلومات"
  StaticText "إجراء"
  StaticText "تقديم إرشادات وأفكار بشأن كيفية زيادة عدد الردود الواردة من الشباب."
  StaticText "المواضيع:"
  StaticText "مشاركة الشباب"
  StaticText "توصية"
  StaticText "السعي إلى إشراك مختلف أصحاب المصلحة في الاجتماعات، إذ تشكّل منصة فريدة لتبادل الخبرات والدروس المستفادة."
  StaticText "المواضيع:"
  StaticText "التعاون بين أصحاب المصلحة المتعددين"
  StaticText "توصية"
  StaticText "قُدِّم خلال الاجتماع مقترح يدعو الاتحاد الدولي للاتصالات إلى إضافة رابط على موقعه الإلكتروني يتضمن دراسات حالة أو أفضل ممارسات يمكن لأصحاب المصلحة الرجوع إليها عند الحاجة."
  StaticText "المواضيع:"
  StaticText "دراسات الحالة والممارسات الجيدة"
  StaticText "إتاحة الوثائق وتبادل المعلومات"
  status
`;
/* end snapshot recommendation-timeline-ar */

snapshots["resource-directory-en"] = 
`region "snapshot"
  search "Search resources"
    StaticText "Search resources"
    searchbox "Search resources"
    button "Search"
  StaticText "Group by"
  combobox "Group by" value="No grouping" expanded=false haspopup=menu
    option "No grouping" selected=true
    option "ITU region" selected=false
    option "Type of resource" selected=false
  DisclosureTriangle "Filters" expanded=true
  StaticText "ITU region"
  checkbox "Africa (1)" checked=false
  StaticText "Africa"
  StaticText "("
  StaticText "1"
  StaticText ")"
  checkbox "Americas (2)" checked=false
  StaticText "Americas"
  StaticText "("
  StaticText "2"
  StaticText ")"
  checkbox "Asia-Pacific (2)" checked=false
  StaticText "Asia-Pacific"
  StaticText "("
  StaticText "2"
  StaticText ")"
  checkbox "Europe (1)" checked=false
  StaticText "Europe"
  StaticText "("
  StaticText "1"
  StaticText ")"
  StaticText "Country"
  checkbox "Australia (1)" checked=false
  StaticText "Australia"
  StaticText "("
  StaticText "1"
  StaticText ")"
  checkbox "Canada (1)" checked=false
  StaticText "Canada"
  StaticText "("
  StaticText "1"
  StaticText ")"
  checkbox "New Zealand (1)" checked=false
  StaticText "New Zealand"
  StaticText "("
  StaticText "1"
  StaticText ")"
  checkbox "South Africa (1)" checked=false
  StaticText "South Africa"
  StaticText "("
  StaticText "1"
  StaticText ")"
  checkbox "United Kingdom (1)" checked=false
  StaticText "United Kingdom"
  StaticText "("
  StaticText "1"
  StaticText ")"
  checkbox "United States (1)" checked=false
  StaticText "United States"
  StaticText "("
  StaticText "1"
  StaticText ")"
  StaticText "Type of resource"
  checkbox "Good practice (3)" checked=false
  StaticText "Good practice"
  StaticText "("
  StaticText "3"
  StaticText ")"
  checkbox "Helpline or hotline (3)" checked=false
  StaticText "Helpline or hotline"
  StaticText "("
  StaticText "3"
  StaticText ")"
  StaticText "Stakeholder"
  checkbox "Civil society (4)" checked=false
  StaticText "Civil society"
  StaticText "("
  StaticText "4"
  StaticText ")"
  checkbox "Government (2)" checked=false
  StaticText "Government"
  StaticText "("
  StaticText "2"
  StaticText ")"
  StaticText "Topic"
  checkbox "Case studies and good practices (1)" checked=false
  StaticText "Case studies and good practices"
  StaticText "("
  StaticText "1"
  StaticText ")"
  checkbox "Cyberbullying (2)" checked=false
  StaticText "Cyberbullying"
  StaticText "("
  StaticText "2"
  StaticText ")"
  checkbox "Digital skills and empowerment (3)" checked=false
  StaticText "Digital skills and empowerment"
  StaticText "("
  StaticText "3"
  StaticText ")"
  checkbox "Helplines and reporting (6)" checked=false
  StaticText "Helplines and reporting"
  StaticText "("
  StaticText "6"
  StaticText ")"
  checkbox "Online child sexual exploitation and abuse (3)" checked=false
  StaticText "Online child sexual exploitation and abuse"
  StaticText "("
  StaticText "3"
  StaticText ")"
  checkbox "Youth participation (1)" checked=false
  StaticText "Youth participation"
  StaticText "("
  StaticText "1"
  StaticText ")"
  StaticText "Language of the resource"
  checkbox "English (6)" checked=false
  StaticText "English"
  StaticText "("
  StaticText "6"
  StaticText ")"
  checkbox "French (1)" checked=false
  StaticText "French"
  StaticText "("
  StaticText "1"
  StaticText ")"
  StaticText "6 resources"
  link "Cybertip.ca (Canadian Centre for Child Protection) (opens in a new tab)"
    StaticText "Cybertip.ca (Canadian Centre for Child Protection)"
    StaticText "(opens in a new tab)"
  StaticText "Canada’s national tipline for reporting the online sexual exploitation of children, operated by the Canadian Centre for Child Protection, with prevention resources for families and schools."
  StaticText "Type of resource"
  StaticText ":"
  StaticText "Helpline or hotline"
  StaticText "Scope"
  StaticText ":"
  StaticText "National"
  StaticText "ITU region"
  StaticText ":"
  StaticText "Americas"
  StaticText "Country"
  StaticText ":"
  StaticText "Canada"
  StaticText "Stakeholder"
  StaticText ":"
  StaticText "Civil society"
  StaticText "Topics"
  StaticText ":"
  StaticText "Helplines and reporting"
  StaticText "Online child sexual exploitation and abuse"
  StaticText "Available in"
  StaticText ":"
  StaticText "English and French"
  link "eSafety Commissioner (Australia) (opens in a new tab)"
    StaticText "eSafety Commissioner (Australia)"
    StaticText "(opens in a new tab)"
  StaticText "Australia’s independent regulator for online safety. It helps remove serious cyberbullying and other harmful content, and offers education resources for young people, parents and schools."
  StaticText "Type of resource"
  StaticText ":"
  StaticText "Good practice"
  StaticText "Scope"
  StaticText ":"
  StaticText "National"
  StaticText "ITU region"
  StaticText ":"
  StaticText "Asia-Pacific"
  StaticText "Country"
  StaticText ":"
  StaticText "Australia"
  StaticText "Stakeholder"
  StaticText ":"
  StaticText "Government"
  StaticText "Topics"
  StaticText ":"
  StaticText "Cyberbullying"
  StaticText "Digital skills and empowerment"
  StaticText "Helplines and reporting"
  StaticText "Available in"
  StaticText ":"
  StaticText "English"
  link "Film and Publication Board (South Africa) (opens in a new tab)"
    StaticText "Film and Publication Board (South Africa)"
    StaticText "(opens in a new tab)"
  StaticText "South Africa’s statutory content regulator. It raises awareness of child online safety, runs a hotline for reporting child sexual abuse material as a member of INHOPE, and has an Online Safety Youth Council of young people."
  StaticText "Type of resource"
  StaticText ":"
  StaticText "Good practice"
  StaticText "Scope"
  StaticText ":"
  StaticText "National"
  StaticText "ITU region"
  StaticText ":"
  StaticText "Africa"
  StaticText "Country"
  StaticText ":"
  StaticText "South Africa"
  StaticText "Stakeholder"
  StaticText ":"
  StaticText "Government"
  StaticText "Topics"
  StaticText ":"
  StaticText "Youth participation"
  StaticText "Helplines and reporting"
  StaticText "Online child sexual exploitation and abuse"
  StaticText "Available in"
  StaticText ":"
  StaticText "English"
  link "National Center for Missing & Exploited Children (NCMEC, United States) (opens in a new tab)"
    StaticText "National Center for Missing & Exploited Children (NCMEC, United States)"
    StaticText "(opens in a new tab)"
  StaticText "US non-profit organization that runs the CyberTipline, the national centralized system for reporting the online sexual exploitation of children, and provides prevention and education resources."
  StaticText "Type of resource"
  StaticText ":"
  StaticText "Helpline or hotline"
  StaticText "Scope"
  StaticText ":"
  StaticText "National"
  StaticText "ITU region"
  StaticText ":"
  StaticText "Americas"
  StaticText "Country"
  StaticText ":"
  StaticText "United States"
  StaticText "Stakeholder"
  StaticText ":"
  StaticText "Civil society"
  StaticText "Topics"
  StaticText ":"
  StaticText "Helplines and reporting"
  StaticText "Online child sexual exploitation and abuse"
  StaticText "Available in"
  StaticText ":"
  StaticText "English"
  link "Netsafe (New Zealand) (opens in a new tab)"
    StaticText "Netsafe (New Zealand)"
    StaticText "(opens in a new tab)"
  StaticText "Independent non-profit online safety organization in New Zealand that helps people deal with online bullying, harassment and abuse, and provides education resources for schools and families."
  StaticText "Type of resource"
  StaticText ":"
  StaticText "Helpline or hotline"
  StaticText "Scope"
  StaticText ":"
  StaticText "National"
  StaticText "ITU region"
  StaticText ":"
  StaticText "Asia-Pacific"
  StaticText "Country"
  StaticText ":"
  StaticText "New Zealand"
  StaticText "Stakeholder"
  StaticText ":"
  StaticText "Civil society"
  StaticText "Topics"
  StaticText ":"
  StaticText "Cyberbullying"
  StaticText "Helplines and reporting"
  StaticText "Digital skills and empowerment"
  StaticText "Available in"
  StaticText ":"
  StaticText "English"
  link "UK Safer Internet Centre (opens in a new tab)"
    StaticText "UK Safer Internet Centre"
    StaticText "(opens in a new tab)"
  StaticText "Partnership of Childnet, the Internet Watch Foundation and SWGfL that provides online safety advice and resources, a helpline for professionals and a hotline for reporting child sexual abuse material, and coordinates Safer Internet Day in the United Kingdom."
  StaticText "Type of resource"
  StaticText ":"
  StaticText "Good practice"
  StaticText "Scope"
  StaticText ":"
  StaticText "National"
  StaticText "ITU region"
  StaticText ":"
  StaticText "Europe"
  StaticText "Country"
  StaticText ":"
  StaticText "United Kingdom"
  StaticText "Stakeholder"
  StaticText ":"
  StaticText "Civil society"
  StaticText "Topics"
  StaticText ":"
  StaticText "Case studies and good practices"
  StaticText "Helplines and reporting"
  StaticText "Digital skills and empowerment"
  StaticText "Available in"
  StaticText ":"
  StaticText "English"
  status
`;
/* end snapshot resource-directory-en */

snapshots["resource-directory-ar"] = 
`region "snapshot"
  search "البحث في الموارد"
    StaticText "البحث في الموارد"
    searchbox "البحث في الموارد"
    button "بحث"
  StaticText "التجميع حسب"
  combobox "التجميع حسب" value="بدون تجميع" expanded=false haspopup=menu
    option "بدون تجميع" selected=true
    option "منطقة الاتحاد الدولي للاتصالات" selected=false
    option "نوع المورد" selected=false
  DisclosureTriangle "عوامل التصفية" expanded=true
  StaticText "منطقة الاتحاد الدولي للاتصالات"
  checkbox "آسيا والمحيط الهادئ (2)" checked=false
  StaticText "آسيا والمحيط الهادئ"
  StaticText "("
  StaticText "2"
  StaticText ")"
  checkbox "أفريقيا (1)" checked=false
  StaticText "أفريقيا"
  StaticText "("
  StaticText "1"
  StaticText ")"
  checkbox "الأمريكتان (2)" checked=false
  StaticText "الأمريكتان"
  StaticText "("
  StaticText "2"
  StaticText ")"
  checkbox "أوروبا (1)" checked=false
  StaticText "أوروبا"
  StaticText "("
  StaticText "1"
  StaticText ")"
  StaticText "البلد"
  checkbox "أستراليا (1)" checked=false
  StaticText "أستراليا"
  StaticText "("
  StaticText "1"
  StaticText ")"
  checkbox "المملكة المتحدة (1)" checked=false
  StaticText "المملكة المتحدة"
  StaticText "("
  StaticText "1"
  StaticText ")"
  checkbox "الولايات المتحدة (1)" checked=false
  StaticText "الولايات المتحدة"
  StaticText "("
  StaticText "1"
  StaticText ")"
  checkbox "جنوب أفريقيا (1)" checked=false
  StaticText "جنوب أفريقيا"
  StaticText "("
  StaticText "1"
  StaticText ")"
  checkbox "كندا (1)" checked=false
  StaticText "كندا"
  StaticText "("
  StaticText "1"
  StaticText ")"
  checkbox "نيوزيلندا (1)" checked=false
  StaticText "نيوزيلندا"
  StaticText "("
  StaticText "1"
  StaticText ")"
  StaticText "نوع المورد"
  checkbox "خط مساعدة أو خط إبلاغ (3)" checked=false
  StaticText "خط مساعدة أو خط إبلاغ"
  StaticText "("
  StaticText "3"
  StaticText ")"
  checkbox "ممارسة جيدة (3)" checked=false
  StaticText "ممارسة جيدة"
  StaticText "("
  StaticText "3"
  StaticText ")"
  StaticText "صاحب المصلحة"
  checkbox "الحكومة (2)" checked=false
  StaticText "الحكومة"
  StaticText "("
  StaticText "2"
  StaticText ")"
  checkbox "المجتمع المدني (4)" checked=false
  StaticText "المجتمع المدني"
  StaticText "("
  StaticText "4"
  StaticText ")"
  StaticText "الموضوع"
  checkbox "الاستغلال والاعتداء الجنسي على الأطفال عبر الإنترنت (3)" checked=false
  StaticText "الاستغلال والاعتداء الجنسي على الأطفال عبر الإنترنت"
  StaticText "("
  StaticText "3"
  StaticText ")"
  checkbox "التنمر الإلكتروني (2)" checked=false
  StaticText "التنمر الإلكتروني"
  StaticText "("
  StaticText "2"
  StaticText ")"
  checkbox "المهارات الرقمية والتمكين (3)" checked=false
  StaticText "المهارات الرقمية والتمكين"
  StaticText "("
  StaticText "3"
  StaticText ")"
  checkbox "خطوط المساعدة والإبلاغ (6)" checked=false
  StaticText "خطوط المساعدة والإبلاغ"
  StaticText "("
  StaticText "6"
  StaticText ")"
  checkbox "دراسات الحالة والممارسات الجيدة (1)" checked=false
  StaticText "دراسات الحالة والممارسات الجيدة"
  StaticText "("
  StaticText "1"
  StaticText ")"
  checkbox "مشاركة الشباب (1)" checked=false
  StaticText "مشاركة الشباب"
  StaticText "("
  StaticText "1"
  StaticText ")"
  StaticText "لغة المورد"
  checkbox "الإنجليزية (6)" checked=false
  StaticText "الإنجليزية"
  StaticText "("
  StaticText "6"
  StaticText ")"
  checkbox "الفرنسية (1)" checked=false
  StaticText "الفرنسية"
  StaticText "("
  StaticText "1"
  StaticText ")"
  StaticText "6 موارد"
  link "المركز الوطني للأطفال المفقودين والمستغَلين (NCMEC، الولايات المتحدة) (يُفتح في علامة تبويب جديدة)"
    StaticText "المركز الوطني للأطفال المفقودين والمستغَلين (NCMEC، الولايات المتحدة)"
    StaticText "(يُفتح في علامة تبويب جديدة)"
  StaticText "منظمة غير ربحية في الولايات المتحدة تدير خط CyberTipline، وهو النظام الوطني المركزي للإبلاغ عن الاستغلال الجنسي للأطفال عبر الإنترنت، وتوفر موارد للوقاية والتوعية."
  StaticText "نوع المورد"
  StaticText ":"
  StaticText "خط مساعدة أو خط إبلاغ"
  StaticText "النطاق"
  StaticText ":"
  StaticText "وطني"
  StaticText "منطقة الاتحاد الدولي للاتصالات"
  StaticText ":"
  StaticText "الأمريكتان"
  StaticText "البلد"
  StaticText ":"
  StaticText "الولايات المتحدة"
  StaticText "صاحب المصلحة"
  StaticText ":"
  StaticText "المجتمع المدني"
  StaticText "المواضيع"
  StaticText ":"
  StaticText "خطوط المساعدة والإبلاغ"
  StaticText "الاستغلال والاعتداء الجنسي على الأطفال عبر الإنترنت"
  StaticText "متاح باللغات"
  StaticText ":"
  StaticText "الإنجليزية"
  link "مجلس الأفلام والمنشورات (Film and Publication Board، جنوب أفريقيا) (يُفتح في علامة تبويب جديدة)"
    StaticText "مجلس الأفلام والمنشورات (Film and Publication Board، جنوب أفريقيا)"
    StaticText "(يُفتح في علامة تبويب جديدة)"
  StaticText "الهيئة القانونية المعنية بتنظيم المحتوى في جنوب أفريقيا. تعمل على التوعية بسلامة الأطفال على الإنترنت، وتدير بصفتها عضواً في INHOPE خطاً ساخناً للإبلاغ عن مواد الاعتداء الجنسي على الأطفال، ولديها مجلس شبابي للسلامة على الإنترنت."
  StaticText "نوع المورد"
  StaticText ":"
  StaticText "ممارسة جيدة"
  StaticText "النطاق"
  StaticText ":"
  StaticText "وطني"
  StaticText "منطقة الاتحاد الدولي للاتصالات"
  StaticText ":"
  StaticText "أفريقيا"
  StaticText "البلد"
  StaticText ":"
  StaticText "جنوب أفريقيا"
  StaticText "صاحب المصلحة"
  StaticText ":"
  StaticText "الحكومة"
  StaticText "المواضيع"
  StaticText ":"
  StaticText "مشاركة الشباب"
  StaticText "خطوط المساعدة والإبلاغ"
  StaticText "الاستغلال والاعتداء الجنسي على الأطفال عبر الإنترنت"
  StaticText "متاح باللغات"
  StaticText ":"
  StaticText "الإنجليزية"
  link "مركز الإنترنت الأكثر أماناً في المملكة المتحدة (UK Safer Internet Centre) (يُفتح في علامة تبويب جديدة)"
    StaticText "مركز الإنترنت الأكثر أماناً في المملكة المتحدة (UK Safer Internet Centre)"
    StaticText "(يُفتح في علامة تبويب جديدة)"
  StaticText "شراكة بين منظمات Childnet وInternet Watch Foundation وSWGfL تقدّم المشورة والموارد بشأن السلامة على الإنترنت، وتدير خط مساعدة للمهنيين وخطاً ساخناً للإبلاغ عن مواد الاعتداء الجنسي على الأطفال، وتنسّق يوم الإنترنت الأكثر أماناً في المملكة المتحدة."
  StaticText "نوع المورد"
  StaticText ":"
  StaticText "ممارسة جيدة"
  StaticText "النطاق"
  StaticText ":"
  StaticText "وطني"
  StaticText "منطقة الاتحاد الدولي للاتصالات"
  StaticText ":"
  StaticText "أوروبا"
  StaticText "البلد"
  StaticText ":"
  StaticText "المملكة المتحدة"
  StaticText "صاحب المصلحة"
  StaticText ":"
  StaticText "المجتمع المدني"
  StaticText "المواضيع"
  StaticText ":"
  StaticText "دراسات الحالة والممارسات الجيدة"
  StaticText "خطوط المساعدة والإبلاغ"
  StaticText "المهارات الرقمية والتمكين"
  StaticText "متاح باللغات"
  StaticText ":"
  StaticText "الإنجليزية"
  link "مفوض السلامة الإلكترونية (eSafety Commissioner، أستراليا) (يُفتح في علامة تبويب جديدة)"
    StaticText "مفوض السلامة الإلكترونية (eSafety Commissioner، أستراليا)"
    StaticText "(يُفتح في علامة تبويب جديدة)"
  StaticText "الهيئة التنظيمية المستقلة المعنية بالسلامة على الإنترنت في أستراليا. تساعد على إزالة محتوى التنمر الإلكتروني الخطير وغيره من المحتويات الضارة، وتوفر موارد تعليمية للشباب والآباء والمدارس."
  StaticText "نوع المورد"
  StaticText ":"
  StaticText "ممارسة جيدة"
  StaticText "النطاق"
  StaticText ":"
  StaticText "وطني"
  StaticText "منطقة الاتحاد الدولي للاتصالات"
  StaticText ":"
  StaticText "آسيا والمحيط الهادئ"
  StaticText "البلد"
  StaticText ":"
  StaticText "أستراليا"
  StaticText "صاحب المصلحة"
  StaticText ":"
  StaticText "الحكومة"
  StaticText "المواضيع"
  StaticText ":"
  StaticText "التنمر الإلكتروني"
  StaticText "المهارات الرقمية والتمكين"
  StaticText "خطوط المساعدة والإبلاغ"
  StaticText "متاح باللغات"
  StaticText ":"
  StaticText "الإنجليزية"
  link "Cybertip.ca (المركز الكندي لحماية الطفل) (يُفتح في علامة تبويب جديدة)"
    StaticText "Cybertip.ca (المركز الكندي لحماية الطفل)"
    StaticText "(يُفتح في علامة تبويب جديدة)"
  StaticText "الخط الوطني الكندي للإبلاغ عن الاستغلال الجنسي للأطفال عبر الإنترنت، يديره المركز الكندي لحماية الطفل، ويوفر موارد وقائية للأسر والمدارس."
  StaticText "نوع المورد"
  StaticText ":"
  StaticText "خط مساعدة أو خط إبلاغ"
  StaticText "النطاق"
  StaticText ":"
  StaticText "وطني"
  StaticText "منطقة الاتحاد الدولي للاتصالات"
  StaticText ":"
  StaticText "الأمريكتان"
  StaticText "البلد"
  StaticText ":"
  StaticText "كندا"
  StaticText "صاحب المصلحة"
  StaticText ":"
  StaticText "المجتمع المدني"
  StaticText "المواضيع"
  StaticText ":"
  StaticText "خطوط المساعدة والإبلاغ"
  StaticText "الاستغلال والاعتداء الجنسي على الأطفال عبر الإنترنت"
  StaticText "متاح باللغات"
  StaticText ":"
  StaticText "الإنجليزية والفرنسية"
  link "Netsafe (نيوزيلندا) (يُفتح في علامة تبويب جديدة)"
    StaticText "Netsafe (نيوزيلندا)"
    StaticText "(يُفتح في علامة تبويب جديدة)"
  StaticText "منظمة مستقلة غير ربحية في نيوزيلندا معنية بالسلامة على الإنترنت، تساعد الناس على التعامل مع التنمر والتحرش والإساءة عبر الإنترنت، وتوفر موارد تعليمية للمدارس والأسر."
  StaticText "نوع المورد"
  StaticText ":"
  StaticText "خط مساعدة أو خط إبلاغ"
  StaticText "النطاق"
  StaticText ":"
  StaticText "وطني"
  StaticText "منطقة الاتحاد الدولي للاتصالات"
  StaticText ":"
  StaticText "آسيا والمحيط الهادئ"
  StaticText "البلد"
  StaticText ":"
  StaticText "نيوزيلندا"
  StaticText "صاحب المصلحة"
  StaticText ":"
  StaticText "المجتمع المدني"
  StaticText "المواضيع"
  StaticText ":"
  StaticText "التنمر الإلكتروني"
  StaticText "خطوط المساعدة والإبلاغ"
  StaticText "المهارات الرقمية والتمكين"
  StaticText "متاح باللغات"
  StaticText ":"
  StaticText "الإنجليزية"
  status
`;
/* end snapshot resource-directory-ar */

snapshots["consultation-form-en"] = 
`region "snapshot"
  heading "Youth consultation" level=2
  StaticText "Language"
  combobox "Language" value="English" expanded=false haspopup=menu
    option " العربية " selected=false
    option " 中文 " selected=false
    option " English " selected=true
    option " Français " selected=false
    option " Русский " selected=false
    option " Español " selected=false
  region "Your privacy"
    heading "Your privacy" level=3
    StaticText "We never ask for your name."
    StaticText "Nothing is sent until you press “Send my answers”. Until then, your answers are kept only in this browser, for at most 7 days, and “Clear my answers” deletes them at once."
    StaticText "To have your answers deleted, or to ask about them, contact:"
    link "www.itu.int/en/council/cwg-cop/Pages/default.aspx (opens in a new tab)"
      StaticText "www.itu.int/en/council/cwg-cop/Pages/default.aspx"
      StaticText "(opens in a new tab)"
  StaticText "Tell us what you think."
  form "Youth consultation"
    heading "About you" level=3
    StaticText "We only ask for your age group."
    StaticText "How old are you?"
    StaticText "(required)"
    combobox "How old are you?(required)" value="Choose…" expanded=false invalid=true haspopup=menu
      option " Choose… " selected=true
      option " 9 to 12 " selected=false
      option " 13 to 15 " selected=false
    StaticText "How did you hear about it?"
    radio "At school" checked=false
    radio "Somewhere else" checked=false
    StaticText "Where should we tell others?"
    checkbox "School" checked=false
    checkbox "Videos" checked=false
    checkbox "Games" checked=false
    StaticText "Chosen: 0 of 2"
    StaticText "How much would you like to take part?"
    radio "1 Not at all" checked=false
    StaticText "1"
    StaticText "Not at all"
    radio "2" checked=false
    radio "3" checked=false
    radio "4" checked=false
    radio "5 A lot" checked=false
    StaticText "5"
    StaticText "A lot"
    StaticText "Your idea"
    StaticText "A few words are enough."
    textbox "Your idea" description="A few words are enough. 50 characters left" required=false readonly=false
    StaticText "50 characters left"
    checkbox "I agree that my answers are used anonymously.(required)" checked=false invalid=true
    StaticText "I agree that my answers are used anonymously."
    StaticText "(required)"
    button "Send my answers"
    button "Not now"
    button "Clear my answers"
  status
`;
/* end snapshot consultation-form-en */

snapshots["consultation-form-ar"] = 
`region "snapshot"
  heading "مشاورة الشباب" level=2
  StaticText "اللغة"
  combobox "اللغة" value="العربية" expanded=false haspopup=menu
    option " العربية " selected=true
    option " 中文 " selected=false
    option " English " selected=false
    option " Français " selected=false
    option " Русский " selected=false
    option " Español " selected=false
  region "خصوصيتك"
    heading "خصوصيتك" level=3
    StaticText "لا نطلب اسمك أبداً."
    StaticText "لا يُرسَل أي شيء قبل الضغط على «إرسال إجاباتي». وحتى ذلك الحين، تبقى الإجابات محفوظة في هذا المتصفح فقط، لمدة 7 أيام على الأكثر، ويحذفها زر «مسح إجاباتي» فورًا."
    StaticText "لحذف إجاباتك أو للاستفسار عنها، تواصل مع:"
    link "www.itu.int/en/council/cwg-cop/Pages/default.aspx (يُفتح في علامة تبويب جديدة)"
      StaticText "www.itu.int/en/council/cwg-cop/Pages/default.aspx"
      StaticText "(يُفتح في علامة تبويب جديدة)"
  StaticText "Tell us what you think."
  form "مشاورة الشباب"
    heading "عنك" level=3
    StaticText "We only ask for your age group."
    StaticText "كم عمرك؟"
    StaticText "(إلزامي)"
    combobox "كم عمرك؟(إلزامي)" value="اختر…" expanded=false invalid=true haspopup=menu
      option " اختر… " selected=true
      option " 9 to 12 " selected=false
      option " 13 to 15 " selected=false
    StaticText "How did you hear about it?"
    radio "At school" checked=false
    StaticText "At school"
    radio "Somewhere else" checked=false
    StaticText "Somewhere else"
    StaticText "Where should we tell others?"
    checkbox "School" checked=false
    StaticText "School"
    checkbox "Videos" checked=false
    StaticText "Videos"
    checkbox "Games" checked=false
    StaticText "Games"
    StaticText "المختار: 0 من 2"
    StaticText "How much would you like to take part?"
    radio "1 Not at all" checked=false
    StaticText "1"
    StaticText "Not at all"
    radio "2" checked=false
    radio "3" checked=false
    radio "4" checked=false
    radio "5 A lot" checked=false
    StaticText "5"
    StaticText "A lot"
    StaticText "Your idea"
    StaticText "A few words are enough."
    textbox "Your idea" description="A few words are enough. 50 حرفًا متبقيًا" required=false readonly=false
    StaticText "50 حرفًا متبقيًا"
    checkbox "I agree that my answers are used anonymously.(إلزامي)" checked=false invalid=true
    StaticText "I agree that my answers are used anonymously."
    StaticText "(إلزامي)"
    button "إرسال إجاباتي"
    button "ليس الآن"
    button "مسح إجاباتي"
  status
`;
/* end snapshot consultation-form-ar */

snapshots["consultation-results-en"] = 
`region "snapshot"
  region "Fixture consultation: online safety at school (test data)"
    heading "Fixture consultation: online safety at school (test data)" level=2
    StaticText "Closed on April 30, 2026"
    StaticText "Counted on May 3, 2026"
    StaticText "1,284 responses"
    StaticText "Fixture summary: most who answered had seen bullying online, mostly on social media."
    button "Download CSV"
    StaticText "Responses by language"
    StaticText "Language"
    StaticText "Number"
    StaticText "Share"
    StaticText "Arabic"
    StaticText "212"
    StaticText "17%"
    StaticText "Chinese"
    StaticText "187"
    StaticText "15%"
    StaticText "English"
    StaticText "401"
    StaticText "31%"
    StaticText "French"
    StaticText "236"
    StaticText "18%"
    StaticText "Russian"
    StaticText "145"
    StaticText "11%"
    StaticText "Spanish"
    StaticText "103"
    StaticText "8%"
    region "Responses per week"
      StaticText "Responses per week"
      StaticText "Week starting"
      StaticText "Mar 2, 2026"
      StaticText "Mar 9, 2026"
      StaticText "Mar 16, 2026"
      StaticText "Mar 23, 2026"
      StaticText "Mar 30, 2026"
      StaticText "Apr 6, 2026"
      StaticText "Apr 13, 2026"
      StaticText "Apr 20, 2026"
      StaticText "Responses"
      StaticText "95"
      StaticText "210"
      StaticText "388"
      StaticText "301"
      StaticText "176"
      StaticText "110"
      StaticText "fewer than 5"
      StaticText "fewer than 5"
    StaticText "How old are you?"
    StaticText "1,262 answered"
    StaticText "Answer"
    StaticText "Number"
    StaticText "Share"
    StaticText "10-12"
    StaticText "fewer than 5"
    StaticText "13-15"
    StaticText "702"
    StaticText "56%"
    StaticText "16-18"
    StaticText "556"
    StaticText "44%"
    StaticText "19-24"
    StaticText "fewer than 5"
    StaticText "Have you seen someone bullied online?"
    StaticText "1,270 answered"
    StaticText "Answer"
    StaticText "Number"
    StaticText "Share"
    StaticText "Yes"
    StaticText "688"
    StaticText "54%"
    StaticText "No"
    StaticText "412"
    StaticText "32%"
    StaticText "Not sure"
    StaticText "170"
    StaticText "13%"
    StaticText "Where did it happen?"
    StaticText "1,103 answered"
    StaticText "Answer"
    StaticText "Number"
    StaticText "Share"
    StaticText "Social media"
    StaticText "801"
    StaticText "73%"
    StaticText "Messaging apps"
    StaticText "612"
    StaticText "55%"
    StaticText "Online games"
    StaticText "455"
    StaticText "41%"
    StaticText "School platform"
    StaticText "fewer than 5"
    StaticText "Somewhere else"
    StaticText "fewer than 5"
    StaticText "Does your school have an online safety club?"
    StaticText "fewer than 5"
    StaticText "Answer"
    StaticText "Number"
    StaticText "Share"
    StaticText "Yes"
    StaticText "fewer than 5"
    StaticText "No"
    StaticText "fewer than 5"
    StaticText "How useful would lessons on online safety be?"
    StaticText "1,240 answered"
    StaticText "Answer"
    StaticText "Number"
    StaticText "Share"
    StaticText "1"
    StaticText " "
    StaticText "Not useful"
    StaticText "40"
    StaticText "3.2%"
    StaticText "2"
    StaticText "95"
    StaticText "7.7%"
    StaticText "3"
    StaticText "310"
    StaticText "25%"
    StaticText "4"
    StaticText "455"
    StaticText "37%"
    StaticText "5"
    StaticText " "
    StaticText "Very useful"
    StaticText "340"
    StaticText "27%"
    region "Written answers"
      heading "Written answers" level=3
      StaticText "Which topic should the next lesson cover?"
      StaticText "fewer than 5"
      StaticText "What would help most?"
      StaticText "845 answered"
  status
`;
/* end snapshot consultation-results-en */

snapshots["consultation-results-ar"] = 
`region "snapshot"
  region "مشاورة تجريبية: السلامة على الإنترنت في المدرسة (بيانات اختبار)"
    heading "مشاورة تجريبية: السلامة على الإنترنت في المدرسة (بيانات اختبار)" level=2
    StaticText "أُغلقت في 30 أبريل 2026"
    StaticText "الأعداد بتاريخ 3 مايو 2026"
    StaticText "1,284 ردًا"
    StaticText "Fixture summary: most who answered had seen bullying online, mostly on social media."
    button "تنزيل ملف CSV"
    StaticText "الردود حسب اللغة"
    StaticText "اللغة"
    StaticText "العدد"
    StaticText "النسبة"
    StaticText "العربية"
    StaticText "212"
    StaticText "17‎%‎"
    StaticText "الصينية"
    StaticText "187"
    StaticText "15‎%‎"
    StaticText "الإنجليزية"
    StaticText "401"
    StaticText "31‎%‎"
    StaticText "الفرنسية"
    StaticText "236"
    StaticText "18‎%‎"
    StaticText "الروسية"
    StaticText "145"
    StaticText "11‎%‎"
    StaticText "الإسبانية"
    StaticText "103"
    StaticText "8‎%‎"
    region "الردود في كل أسبوع"
      StaticText "الردود في كل أسبوع"
      StaticText "بداية الأسبوع"
      StaticText "02‏/03‏/2026"
      StaticText "09‏/03‏/2026"
      StaticText "16‏/03‏/2026"
      StaticText "23‏/03‏/2026"
      StaticText "30‏/03‏/2026"
      StaticText "06‏/04‏/2026"
      StaticText "13‏/04‏/2026"
      StaticText "20‏/04‏/2026"
      StaticText "الردود"
      StaticText "95"
      StaticText "210"
      StaticText "388"
      StaticText "301"
      StaticText "176"
      StaticText "110"
      StaticText "أقل من 5"
      StaticText "أقل من 5"
    StaticText "كم عمرك؟"
    StaticText "عدد المجيبين: 1,262"
    StaticText "الإجابة"
    StaticText "العدد"
    StaticText "النسبة"
    StaticText "10-12"
    StaticText "أقل من 5"
    StaticText "13-15"
    StaticText "702"
    StaticText "56‎%‎"
    StaticText "16-18"
    StaticText "556"
    StaticText "44‎%‎"
    StaticText "19-24"
    StaticText "أقل من 5"
    StaticText "هل رأيت شخصًا يتعرض للتنمر عبر الإنترنت؟"
    StaticText "عدد المجيبين: 1,270"
    StaticText "الإجابة"
    StaticText "العدد"
    StaticText "النسبة"
    StaticText "نعم"
    StaticText "688"
    StaticText "54‎%‎"
    StaticText "لا"
    StaticText "412"
    StaticText "32‎%‎"
    StaticText "لست متأكدًا"
    StaticText "170"
    StaticText "13‎%‎"
    StaticText "أين حدث ذلك؟"
    StaticText "عدد المجيبين: 1,103"
    StaticText "الإجابة"
    StaticText "العدد"
    StaticText "النسبة"
    StaticText "Social media"
    StaticText "801"
    StaticText "73‎%‎"
    StaticText "Messaging apps"
    StaticText "612"
    StaticText "55‎%‎"
    StaticText "Online games"
    StaticText "455"
    StaticText "41‎%‎"
    StaticText "School platform"
    StaticText "أقل من 5"
    StaticText "Somewhere else"
    StaticText "أقل من 5"
    StaticText "Does your school have an online safety club?"
    StaticText "أقل من 5"
    StaticText "الإجابة"
    StaticText "العدد"
    StaticText "النسبة"
    StaticText "Yes"
    StaticText "أقل من 5"
    StaticText "No"
    StaticText "أقل من 5"
    StaticText "How useful would lessons on online safety be?"
    StaticText "عدد المجيبين: 1,240"
    StaticText "الإجابة"
    StaticText "العدد"
    StaticText "النسبة"
    StaticText "1"
    StaticText " "
    StaticText "Not useful"
    StaticText "40"
    StaticText "3.2‎%‎"
    StaticText "2"
    StaticText "95"
    StaticText "7.7‎%‎"
    StaticText "3"
    StaticText "310"
    StaticText "25‎%‎"
    StaticText "4"
    StaticText "455"
    StaticText "37‎%‎"
    StaticText "5"
    StaticText " "
    StaticText "Very useful"
    StaticText "340"
    StaticText "27‎%‎"
    region "الإجابات المكتوبة"
      heading "الإجابات المكتوبة" level=3
      StaticText "Which topic should the next lesson cover?"
      StaticText "أقل من 5"
      StaticText "What would help most?"
      StaticText "عدد المجيبين: 845"
  status
`;
/* end snapshot consultation-results-ar */

