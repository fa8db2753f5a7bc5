import { defineCatalogue } from '@/i18n/feature-catalogue';

export const asyncCatalogue = defineCatalogue(
  'async',
  {
    title: 'Asynchronous Invocation Records',
    filters: {
      status: 'Invocation Status',
      anyStatus: 'All statuses',
      active: 'Active requests only',
      refresh: 'Refresh',
    },
    status: {
      WAIT: 'Waiting',
      RUNNING: 'Running',
      SUCCESS: 'Succeeded',
      FAIL: 'Failed',
      DISCARD: 'Discarded',
    },
    table: {
      label: 'Asynchronous invocations',
      requestId: 'Asynchronous Invocation ID',
      status: 'Invocation Status',
      start: 'Start Time ({{offset}})',
      end: 'End Time ({{offset}})',
      error: 'Error Message',
      actions: 'Actions',
      logs: 'Logs',
      stop: 'Stop',
      empty: 'No asynchronous invocations in this time range.',
      loadError: 'Could not load the asynchronous invocations',
    },
    cancel: {
      title: 'Stop request {{id}}',
      body: 'The request stops and is recorded as failed. It is not retried.',
      force: 'Force stop',
      forceHelp:
        'Force stops the instance running the request. Other requests running on the same instance at the same time are stopped too and fail with FSS.4208 "function invocation canceled" (seed 7.15.7).',
      confirm: 'Stop request',
      close: 'Cancel',
      done: 'Request {{id}} stopped',
      failed: 'Could not stop the request',
    },
  },
  {
    title: '异步调用记录',
    filters: {
      status: '调用状态',
      anyStatus: '全部状态',
      active: '仅显示进行中的请求',
      refresh: '刷新',
    },
    status: { WAIT: '等待', RUNNING: '执行中', SUCCESS: '执行成功', FAIL: '执行失败', DISCARD: '请求丢弃' },
    table: {
      label: '异步调用',
      requestId: '异步调用ID',
      status: '调用状态',
      start: '开始时间（{{offset}}）',
      end: '结束时间（{{offset}}）',
      error: '错误信息',
      actions: '操作',
      logs: '日志',
      stop: '停止',
      empty: '该时间范围内没有异步调用。',
      loadError: '无法加载异步调用记录',
    },
    cancel: {
      title: '停止请求 {{id}}',
      body: '请求将被停止并记录为失败，不会重试。',
      force: '强制停止',
      forceHelp:
        '强制停止会终止执行该请求的实例。同一实例上同时执行的其他请求也会被停止，并以 FSS.4208“function invocation canceled”失败（seed 7.15.7）。',
      confirm: '停止请求',
      close: '取消',
      done: '请求 {{id}} 已停止',
      failed: '无法停止该请求',
    },
  },
);
