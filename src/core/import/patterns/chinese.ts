// Chinese boilerplate: what news sites in Chinese put around an article, and Chinese spam.
import type { BoilerplateTable } from './boilerplate-table';

export const CHINESE: BoilerplateTable = {
  navigationLines: [
    '首页', '主页', '新闻', '国际', '国内', '世界', '中国', '亚太', '财经', '经济', '体育', '文化', '社会',
    '观点', '评论', '科技', '视频', '图片', '返回顶部', '回到顶部', '顶部', '热门', '热门新闻', '最新',
    '最新新闻', '相关新闻', '相关阅读', '相关文章', '推荐阅读', '延伸阅读', '更多', '更多新闻', '菜单', '搜索',
    '上一篇', '下一篇', '广告', '标签', '登录', '注册', '排行榜', '热点', '24小时热门',
  ],
  navigationPatterns: [/^(上一篇|下一篇|相关阅读|延伸阅读|推荐阅读|相关新闻|标签)\s*[:：]/u],
  languageSwitcherWords: ['简体中文', '繁體中文', '中文版', '英文版', '中文', '简体', '繁體', '繁体', '雙語', '双语', '英文', '中英'],
  breadcrumbRoots: ['首页', '主页', '当前位置'],
  shareLines: ['分享', '分享到', '分享至', '微信', '微博', '朋友圈', 'qq空间', '关注我们', '扫一扫', '打印', '复制链接'],
  sharePatterns: [/^分享(到|至)?\s*[:：]?.{0,30}$/u],
  newsletterPatterns: [/^(订阅|关注)(我们|本站|公众号)/u, /扫码关注/u, /关注.{0,20}(公众号|微信号)/u],
  newsletterPublisherPatterns: [],
  copyrightPatterns: [
    /版权所有/u,
    /ICP\s*[备证]/u,
    /公网安备/u,
    /(互联网新闻信息服务|网络传播视听节目)许可证/u,
    /^许可证/u,
    /未经.{0,20}(许可|授权).{0,30}(不得|禁止)/u,
    /^版权/u,
  ],
  copyrightOwnerPatterns: [/版权所有\s*[:：]?\s*(?<source>[^，,。|\s]{2,30})/u],
  captionPatterns: [
    /[（(](图|图片|摄影|记者\S{1,10}摄)[^)）]{0,40}[)）]$/u,
    /^图\s*[：:/／]/u,
    /图片来源\s*[：:]/u,
    /(记者|摄影)\s*\S{1,10}\s*摄$/u,
  ],
  pollPatterns: [/^(投票|调查|问卷)\s*[：:]/u, /^(投票|调查|问卷|查看结果)$/u],
  readerAddressPatterns: [/[你您]/u],
  spamKeywords: [
    '色情', '成人视频', '一区二区', '二区三区', '无码', '91视频', '国产精品', '亚洲欧美', '日韩', '久久久',
    '午夜', '博彩', '赌场', '百家乐', '六合彩', '娱乐城', '真人视讯', '体育投注', '欧美',
  ],
  bylinePatterns: [/^(?:作者|记者|文|撰稿)\s*[：:/／|丨]?\s*(?<author>[\p{Script=Han}·]{2,12})$/u],
  dateLabels: ['发布时间', '更新时间', '发布日期', '发布', '更新', '日期', '时间'],
  sourceLabels: ['来源', '出处', '原文链接', '原文'],
};
