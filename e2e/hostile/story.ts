// The texts of the hostile and odd fixture pages, written for these tests (no one else's
// article). One English story, its edited copy, and short RTL (Arabic, Hebrew) and CJK
// (Chinese, Japanese) stories. Pages are built from them by pages.ts.

export const STORY = {
  title: 'Riverside library reopens after eight months of flood repairs',
  paragraphs: [
    'RIVERSIDE — The Riverside public library reopened on Monday, eight months after spring floodwater filled its basement and ruined more than twelve thousand books, city officials said.',
    "Crews replaced the heating system, raised the electrical panels above the flood line and moved the children's collection from the basement to a new room on the second floor. The repairs cost 2.4 million dollars, most of it covered by a provincial disaster fund.",
    '"We were told it could take two years, and the staff did it in eight months," said Mayor Alma Brandt at a short ceremony on the front steps. "This building belongs to everyone in Riverside."',
    'Head librarian Tomas Okoye said donations from residents had already replaced about a third of the lost books. "People came in with boxes from their own shelves," he said. "Some of them brought back books they had borrowed in the nineties."',
    "The library will keep extended evening hours through the winter, and a new flood barrier along Mill Street is due to be finished next spring, according to the city's engineering department.",
    'Residents who want to donate books can leave them at the front desk during opening hours; the staff asks that textbooks older than ten years be taken to the recycling depot instead.',
  ],
};

/** The same story as a careless republisher runs it: one quote altered, one claim changed, boilerplate added. */
export const STORY_COPY = {
  title: 'Riverside library finally reopens after flood repairs',
  paragraphs: [
    STORY.paragraphs[0],
    STORY.paragraphs[1].replace('2.4 million dollars', '4.2 million dollars'),
    STORY.paragraphs[2].replace('the staff did it in eight months', 'we did it in eight months'),
    STORY.paragraphs[3],
    STORY.paragraphs[4],
    'Please like, comment, and share this story with your friends and neighbours.',
  ],
};

export const ARABIC = {
  lang: 'ar',
  title: 'إعادة افتتاح مكتبة المدينة بعد ثمانية أشهر من إصلاح أضرار الفيضان',
  paragraphs: [
    'أعيد يوم الاثنين افتتاح المكتبة العامة في حي النهر، بعد ثمانية أشهر من فيضان الربيع الذي أغرق الطابق السفلي وأتلف أكثر من اثني عشر ألف كتاب، بحسب ما قاله مسؤولون في البلدية.',
    'واستبدل العمال نظام التدفئة، ورفعوا اللوحات الكهربائية فوق مستوى المياه، ونقلوا كتب الأطفال من الطابق السفلي إلى قاعة جديدة في الطابق الثاني. وبلغت كلفة الإصلاحات مليوني دولار وأربعمئة ألف، غطى صندوق الكوارث معظمها.',
    'وقالت رئيسة البلدية ألما برانت خلال حفل قصير أمام المبنى: "قيل لنا إن الأمر قد يستغرق عامين، لكن الموظفين أنجزوه في ثمانية أشهر. هذا المبنى ملك لكل سكان المدينة".',
    'وقال أمين المكتبة توماس أوكويه إن تبرعات السكان عوضت حتى الآن نحو ثلث الكتب المفقودة، وأضاف أن بعضهم أعاد كتبا كان قد استعارها قبل سنوات طويلة.',
  ],
};

export const HEBREW = {
  lang: 'he',
  title: 'הספרייה העירונית נפתחה מחדש אחרי שמונה חודשי תיקונים בעקבות השיטפון',
  paragraphs: [
    'הספרייה הציבורית בשכונת הנהר נפתחה מחדש ביום שני, שמונה חודשים אחרי ששיטפון האביב הציף את המרתף והשמיד יותר משנים עשר אלף ספרים, כך מסרו גורמים בעירייה.',
    'העובדים החליפו את מערכת החימום, הגביהו את לוחות החשמל מעל קו ההצפה והעבירו את אוסף הילדים מהמרתף לאולם חדש בקומה השנייה. עלות התיקונים הגיעה לשני מיליון וארבע מאות אלף דולר, ורובה מומנה מקרן לנפגעי אסונות.',
    'ראש העירייה אלמה ברנדט אמרה בטקס קצר על מדרגות הבניין: "אמרו לנו שזה ייקח שנתיים, והצוות עשה את זה בשמונה חודשים. הבניין הזה שייך לכל תושבי העיר".',
    'הספרן הראשי תומאס אוקויה אמר כי תרומות של תושבים כבר החליפו כשליש מהספרים שאבדו, וכי חלק מהתורמים החזירו ספרים ששאלו לפני שנים רבות.',
  ],
};

export const CHINESE = {
  lang: 'zh-CN',
  title: '河畔图书馆在洪水修复八个月后重新开放',
  paragraphs: [
    '河畔公共图书馆于周一重新开放。八个月前，春季洪水淹没了图书馆的地下室，损毁了一万两千多册图书。市政官员表示，修复工作比预期提前完成。',
    '工人们更换了供暖系统，把配电箱抬高到洪水线以上，并把儿童图书从地下室搬到二楼新建的阅览室。修复费用为二百四十万元，大部分由省级救灾基金承担。',
    '市长阿尔玛·布兰特在图书馆门前的简短仪式上说：“有人告诉我们这需要两年时间，而工作人员只用了八个月。这座建筑属于河畔的每一个人。”',
    '图书馆馆长托马斯·奥科耶说，居民的捐赠已经补上了大约三分之一的损失图书。他说，有些居民还归还了多年前借走的书。图书馆将在整个冬季延长晚间开放时间。',
  ],
};

export const JAPANESE = {
  lang: 'ja',
  title: '川辺図書館、洪水被害の修復を終えて八か月ぶりに再開',
  paragraphs: [
    '川辺公立図書館は月曜日、八か月ぶりに再開した。春の洪水で地下室が浸水し、一万二千冊以上の本が被害を受けていた。市の担当者によると、修復は予定より早く終わった。',
    '作業員は暖房設備を入れ替え、配電盤を浸水の高さより上に移し、児童書を地下から二階の新しい部屋に移した。修復費は二百四十万ドルで、大半は州の災害基金でまかなわれた。',
    'アルマ・ブラント市長は正面の階段で開かれた式典で「二年かかると言われていたが、職員は八か月でやり遂げた。この建物は川辺のすべての人のものだ」と述べた。',
    '館長のトマス・オコエ氏は、住民からの寄付で失われた本の約三分の一がすでに補われたと話した。図書館は冬の間、夜の開館時間を延長する。',
  ],
};

/** A second English story: where a single-page app navigates to. */
export const SECOND = {
  title: 'Night buses return to the east side after a two-year pause',
  paragraphs: [
    'EASTVALE — Night bus service returned to the east side of the city on Friday, two years after the routes were cut when the transit agency ran short of drivers.',
    'The three restored routes run every thirty minutes between midnight and five in the morning and connect the hospital district, the rail station and the industrial park along Quarry Road.',
    '"Nurses and cleaners on the night shift were paying for taxis out of their own pockets," said transit board chair Ines Walcott. "That ends this week."',
    'The agency said it hired forty-two new drivers this year after raising starting wages, and it plans to restore two more routes in the spring if ridership holds up.',
  ],
};
