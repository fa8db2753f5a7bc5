/** Strings of the template picker (Create Function → Use a template), en-US and zh-CN. */
import { defineCatalogue } from '@/i18n/feature-catalogue';

export const templatesCatalogue = defineCatalogue(
  'templates',
  {
    label: 'Templates',
    runtime: 'Template runtime',
    allRuntimes: 'All runtimes',
    scene: 'Scenario',
    allScenes: 'All scenarios',
    empty: 'No template matches these filters.',
    error: 'Could not load the templates',
    preview: 'Code preview',
    pick: 'Pick a template to see its code.',
    previewError: 'The template code could not be read.',
    details: '{{runtime}} · {{memory}} MB · {{timeout}} s',
    use: 'Use {{title}}',
  },
  {
    label: '函数模板',
    runtime: '模板运行时',
    allRuntimes: '全部运行时',
    scene: '场景',
    allScenes: '全部场景',
    empty: '没有符合筛选条件的模板。',
    error: '无法加载函数模板',
    preview: '代码预览',
    pick: '选择模板以查看其代码。',
    previewError: '无法读取模板代码。',
    details: '{{runtime}} · {{memory}} MB · {{timeout}} 秒',
    use: '使用 {{title}}',
  },
);
