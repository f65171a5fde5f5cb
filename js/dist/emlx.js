import{$ as Cr,$a as Wr,$b as ws,$c as Ze,$d as kk,$e as xS,$f as pE,$g as o_,$h as mn,$i as uf,A as er,Aa as Tr,Ab as as,Ac as Qs,Ad as nk,Ae as jk,Af as zS,Ag as FE,Ah as E_,Ai as Vd,B as tr,Ba as Dr,Bb as is,Bc as kI,Bd as rk,Be as Yk,Bf as lu,Bg as PE,Bh as __,Bi as zd,C as or,Ca as Wo,Cb as cs,Cc as SI,Cd as sk,Ce as Jk,Cf as Gs,Cg as OE,Ch as v_,Ci as gn,D as nr,Da as Go,Db as ls,Dc as EI,Dd as ak,De as Zk,Df as uu,Dg as LE,Dh as $_,Di as Wd,E as wl,Ea as Ho,Eb as us,Ec as Us,Ed as ik,Ee as au,Ef as WS,Eg as Fa,Eh as R_,Ei as Gd,F as AI,Fa as Br,Fb as tn,Fc as _I,Fd as ck,Fe as eS,Ff as GS,Fg as ME,Fh as N_,Fi as Hd,G as rr,Ga as Fl,Gb as ps,Gc as vI,Gd as lk,Ge as tS,Gf as pu,Gg as QE,Gh as T_,Gi as qd,H as Il,Ha as Pl,Hb as on,Hc as $I,Hd as uk,He as oS,Hf as HS,Hg as UE,Hh as D_,Hi as ke,I as kl,Ia as Fr,Ib as Gl,Ic as RI,Id as pk,Ie as Ws,If as Da,Ig as Pa,Ih as B_,Ii as Kd,J as Lo,Ja as Ol,Jb as ds,Jc as C,Jd as dk,Je as nS,Jf as qS,Jg as VE,Jh as F_,Ji as Xd,K as Sl,Ka as qo,Kb as fs,Kc as be,Kd as $e,Ke as hn,Kf as KS,Kg as zE,Kh as nt,Ki as jd,L as sr,La as Ko,Lb as hs,Lc as NI,Ld as fk,Le as rS,Lf as XS,Lg as WE,Lh as gu,Li as Yd,M as ar,Ma as Xo,Mb as ms,Mc as TI,Md as hk,Me as sS,Mf as jS,Mg as hu,Mh as P_,Mi as Jd,N as ir,Na as jo,Nb as nn,Nc as DI,Nd as so,Ne as aS,Nf as YS,Ng as GE,Nh as O_,Ni as Zd,O as cr,Oa as xI,Ob as Hl,Oc as Pe,Od as Vt,Oe as iu,Of as JS,Og as HE,Oh as Au,Oi as ef,P as lr,Pa as CI,Pb as rn,Pc as no,Pd as fn,Pe as iS,Pf as ZS,Pg as qE,Ph as w,Pi as Rt,Q as ur,Qa as bI,Qb as sn,Qc as BI,Qd as Le,Qe as cS,Qf as eE,Qg as co,Qh as Be,Qi as tf,R as pr,Ra as Pr,Rb as an,Rc as dn,Rd as su,Re as lS,Rf as tE,Rg as et,Rh as L,Ri as of,S as dr,Sa as Or,Sb as ql,Sc as FI,Sd as mk,Se as uS,Sf as oE,Sg as Oa,Sh as md,T as Mo,Ta as yI,Tb as cn,Tc as PI,Td as gk,Te as pS,Tf as nE,Tg as KE,Th as ze,Ti as pt,U as Qo,Ua as Lr,Ub as Kl,Uc as OI,Ud as Ak,Ue as ao,Uf as rE,Ug as XE,Uh as We,Ui as nf,V as fr,Va as Ll,Vb as gs,Vc as LI,Vd as xk,Ve as dS,Vf as sE,Vg as jE,Vh as gd,Vi as rf,W as hr,Wa as Mr,Wb as As,Wc as MI,Wd as Ck,We as fS,Wf as aE,Wg as YE,Wh as Ad,Wi as sf,X as mr,Xa as Qr,Xb as xs,Xc as QI,Xd as bk,Xe as hS,Xf as iE,Xg as JE,Xh as Ge,Xi as Ma,Y as gr,Ya as Ur,Yb as Cs,Yc as UI,Yd as yk,Ye as mS,Yf as cE,Yg as ZE,Yh as xd,Yi as af,Z as Ar,Za as Vr,Zb as bs,Zc as VI,Zd as wk,Ze as gS,Zf as lE,Zg as e_,Zh as vt,Zi as cf,_ as xr,_a as zr,_b as ys,_c as zI,_d as Ik,_e as AS,_f as uE,_g as t_,_h as Cd,_i as lf,a as fI,aa as br,ab as Gr,ac as Is,ad as WI,ae as Sk,af as CS,ag as dE,ah as Hs,ai as bd,aj as pf,b as hI,ba as yr,bb as Ml,bc as ks,bd as GI,be as Ek,bf as bS,bg as fE,bh as n_,bi as rt,bj as df,c as hd,ca as wr,cb as Hr,cc as Xl,cd as ro,ce as _k,cf as yS,cg as hE,ch as r_,ci as $t,cj as ff,d as pe,da as $a,db as Yo,dc as Ss,dd as HI,de as vk,df as wS,dg as mE,dh as s_,di as yd,dj as Qa,e as Wn,ea as Ra,eb as qr,ec as jl,ed as eu,ee as $k,ef as cu,eg as gE,eh as a_,ei as La,ej as hf,f as Gn,fa as El,fb as Ql,fc as Es,fd as qI,fe as Rk,ff as IS,fg as AE,fh as zt,fi as wd,fj as mf,g as mI,ga as Uo,gb as Ul,gc as _s,gd as tu,ge as Nk,gf as kS,gg as xE,gh as i_,gi as Id,gj as gf,h as R,ha as Ir,hb as Vl,hc as vs,hd as ou,he as Tk,hf as SS,hg as CE,hh as c_,hi as ee,hj as Af,i as gI,ia as Vo,ib as Kr,ic as $s,id as ot,ie as Dk,if as ES,ig as du,ih as l_,ii as kd,ij as xf,j as bl,ja as kr,jb as Xr,jc as Yl,jd as KI,je as Bk,jf as _S,jg as bE,jh as u_,ji as Sd,k as No,ka as zo,kb as jr,kc as ln,kd as nu,ke as Fk,kf as vS,kg as yE,kh as p_,ki as Ed,l as To,la as _l,lb as Yr,lc as un,ld as XI,le as Pk,lf as $S,lg as fu,lh as d_,li as _d,m as yl,ma as vl,mb as Jr,mc as Rs,md as Vs,me as Ok,mf as RS,mg as wE,mh as f_,mi as vd,n as Hn,na as Sr,nb as Zr,nc as Ns,nd as ru,ne as Lk,nf as NS,ng as IE,nh as h_,ni as $d,o as qn,oa as $l,ob as es,oc as Ts,od as jI,oe as Mk,of as TS,og as kE,oh as mu,oi as Rd,p as Kn,pa as Er,pb as wI,pc as Jl,pd as ae,pe as Qk,pf as io,pg as SE,ph as m_,pi as Nd,q as Xn,qa as _r,qb as Jo,qc as Ds,qd as YI,qe as Uk,qf as DS,qg as EE,qh as g_,qi as Td,r as jn,ra as vr,rb as ts,rc as Bs,rd as JI,re as Vk,rf as BS,rg as _E,rh as A_,ri as Dd,s as Do,sa as Rl,sb as zl,sc as Fs,sd as ZI,se as zk,sf as FS,sg as vE,sh as x_,si as Bd,t as Bo,ta as Nl,tb as os,tc as II,td as De,te as Wk,tf as PS,tg as Ba,th as C_,ti as Fd,u as Fo,ua as $r,ub as ns,uc as Ps,ud as Na,ue as Gk,uf as OS,ug as $E,uh as b_,ui as Pd,v as Po,va as Rr,vb as rs,vc as pn,vd as Ta,ve as zs,vf as LS,vg as RE,vh as y_,vi as Od,w as Oo,wa as Nr,wb as ss,wc as Zl,wd as xe,we as Hk,wf as MS,wg as NE,wh as w_,wi as Ld,x as Yn,xa as Tl,xb as Wl,xc as Os,xd as ek,xe as qk,xf as QS,xg as TE,xh as I_,xi as Md,y as Jn,ya as Dl,yb as Zo,yc as Ls,yd as tk,ye as Kk,yf as US,yg as DE,yh as k_,yi as Qd,z as Zn,za as Bl,zb as en,zc as Ms,zd as ok,ze as Xk,zf as VS,zg as BE,zh as S_,zi as Ud}from"./emlx-chunk-UD6XWHTS.js";var Cw=fI(sl=>{"use strict";sl.byteLength=nF;sl.toByteArray=sF;sl.fromByteArray=cF;var kt=[],ct=[],oF=typeof Uint8Array<"u"?Uint8Array:Array,rd="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";for(Ro=0,Aw=rd.length;Ro<Aw;++Ro)kt[Ro]=rd[Ro],ct[rd.charCodeAt(Ro)]=Ro;var Ro,Aw;ct[45]=62;ct[95]=63;function xw(o){var e=o.length;if(e%4>0)throw new Error("Invalid string. Length must be a multiple of 4");var t=o.indexOf("=");t===-1&&(t=e);var n=t===e?0:4-t%4;return[t,n]}function nF(o){var e=xw(o),t=e[0],n=e[1];return(t+n)*3/4-n}function rF(o,e,t){return(e+t)*3/4-t}function sF(o){var e,t=xw(o),n=t[0],r=t[1],s=new oF(rF(o,n,r)),a=0,i=r>0?n-4:n,c;for(c=0;c<i;c+=4)e=ct[o.charCodeAt(c)]<<18|ct[o.charCodeAt(c+1)]<<12|ct[o.charCodeAt(c+2)]<<6|ct[o.charCodeAt(c+3)],s[a++]=e>>16&255,s[a++]=e>>8&255,s[a++]=e&255;return r===2&&(e=ct[o.charCodeAt(c)]<<2|ct[o.charCodeAt(c+1)]>>4,s[a++]=e&255),r===1&&(e=ct[o.charCodeAt(c)]<<10|ct[o.charCodeAt(c+1)]<<4|ct[o.charCodeAt(c+2)]>>2,s[a++]=e>>8&255,s[a++]=e&255),s}function aF(o){return kt[o>>18&63]+kt[o>>12&63]+kt[o>>6&63]+kt[o&63]}function iF(o,e,t){for(var n,r=[],s=e;s<t;s+=3)n=(o[s]<<16&16711680)+(o[s+1]<<8&65280)+(o[s+2]&255),r.push(aF(n));return r.join("")}function cF(o){for(var e,t=o.length,n=t%3,r=[],s=16383,a=0,i=t-n;a<i;a+=s)r.push(iF(o,a,a+s>i?i:a+s));return n===1?(e=o[t-1],r.push(kt[e>>2]+kt[e<<4&63]+"==")):n===2&&(e=(o[t-2]<<8)+o[t-1],r.push(kt[e>>10]+kt[e>>4&63]+kt[e<<2&63]+"=")),r.join("")}});var at={};hI(at,{Abs:()=>bl,Acos:()=>No,Acosh:()=>To,AdadeltaOptimizer:()=>S_,AdagradOptimizer:()=>E_,AdamOptimizer:()=>__,AdamaxOptimizer:()=>v_,Add:()=>yl,AddN:()=>Hn,All:()=>qn,Any:()=>Kn,ArgMax:()=>Xn,ArgMin:()=>jn,Asin:()=>Do,Asinh:()=>Bo,Atan:()=>Fo,Atan2:()=>Oo,Atanh:()=>Po,AvgPool:()=>Yn,AvgPool3D:()=>Zn,AvgPool3DGrad:()=>er,AvgPoolGrad:()=>Jn,BatchMatMul:()=>tr,BatchToSpaceND:()=>or,Bincount:()=>nr,BitwiseAnd:()=>wl,BroadcastArgs:()=>rr,BroadcastTo:()=>AI,Cast:()=>Il,Ceil:()=>kl,ClipByValue:()=>Lo,Complex:()=>Sl,ComplexAbs:()=>sr,Concat:()=>ar,Conv2D:()=>ir,Conv2DBackpropFilter:()=>cr,Conv2DBackpropInput:()=>lr,Conv3D:()=>ur,Conv3DBackpropFilterV2:()=>pr,Conv3DBackpropInputV2:()=>dr,Cos:()=>Mo,Cosh:()=>Qo,CropAndResize:()=>mr,Cumprod:()=>fr,Cumsum:()=>hr,DataStorage:()=>Wn,DenseBincount:()=>gr,DepthToSpace:()=>Ar,DepthwiseConv2dNative:()=>xr,DepthwiseConv2dNativeBackpropFilter:()=>Cr,DepthwiseConv2dNativeBackpropInput:()=>br,Diag:()=>yr,Dilation2D:()=>wr,Dilation2DBackpropFilter:()=>Ra,Dilation2DBackpropInput:()=>$a,Draw:()=>El,ENV:()=>gI,Einsum:()=>Ir,Elu:()=>Vo,EluGrad:()=>kr,Environment:()=>mI,Equal:()=>_l,Erf:()=>zo,Exp:()=>vl,ExpandDims:()=>Sr,Expm1:()=>$l,FFT:()=>Er,Fill:()=>_r,FlipLeftRight:()=>vr,Floor:()=>Rl,FloorDiv:()=>Nl,FromPixels:()=>Zl,FusedBatchNorm:()=>$r,FusedConv2D:()=>Ms,FusedDepthwiseConv2D:()=>Qs,GatherNd:()=>Nr,GatherV2:()=>Rr,Greater:()=>Tl,GreaterEqual:()=>Dl,IFFT:()=>Tr,Identity:()=>Bl,Imag:()=>Dr,IsFinite:()=>Wo,IsInf:()=>Go,IsNan:()=>Ho,KernelBackend:()=>Gn,LRN:()=>Pr,LRNGrad:()=>Or,LeakyRelu:()=>Br,Less:()=>Fl,LessEqual:()=>Pl,LinSpace:()=>Fr,Log:()=>Ol,Log1p:()=>qo,LogSoftmax:()=>CI,LogicalAnd:()=>Ko,LogicalNot:()=>Xo,LogicalOr:()=>jo,LogicalXor:()=>xI,LowerBound:()=>bI,MatrixBandPart:()=>yI,Max:()=>Lr,MaxPool:()=>Mr,MaxPool3D:()=>Ur,MaxPool3DGrad:()=>Vr,MaxPoolGrad:()=>Qr,MaxPoolWithArgmax:()=>zr,Maximum:()=>Ll,Mean:()=>Wr,Min:()=>Gr,Minimum:()=>Ml,MirrorPad:()=>Hr,Mod:()=>Yo,MomentumOptimizer:()=>R_,Multinomial:()=>qr,Multiply:()=>Ql,Neg:()=>Ul,NonMaxSuppressionV3:()=>Kr,NonMaxSuppressionV4:()=>Xr,NonMaxSuppressionV5:()=>jr,NotEqual:()=>Vl,OP_SCOPE_SUFFIX:()=>FI,OneHot:()=>Jr,OnesLike:()=>Yr,Optimizer:()=>k_,OptimizerConstructors:()=>P_,Pack:()=>Zr,PadV2:()=>es,Pool:()=>wI,Pow:()=>Jo,Prelu:()=>ts,Prod:()=>zl,RMSPropOptimizer:()=>N_,RaggedGather:()=>os,RaggedRange:()=>ns,RaggedTensorToTensor:()=>rs,Range:()=>ss,Rank:()=>DI,Real:()=>Wl,RealDiv:()=>Uo,Reciprocal:()=>Zo,Reduction:()=>m_,Relu:()=>en,Relu6:()=>tn,Reshape:()=>as,ResizeBilinear:()=>ls,ResizeBilinearGrad:()=>us,ResizeNearestNeighbor:()=>is,ResizeNearestNeighborGrad:()=>cs,Reverse:()=>ps,RotateWithOffset:()=>Os,Round:()=>on,Rsqrt:()=>Gl,SGDOptimizer:()=>$_,ScatterNd:()=>ds,SearchSorted:()=>hs,Select:()=>ms,Selu:()=>nn,Sigmoid:()=>ql,Sign:()=>an,Sin:()=>rn,Sinh:()=>sn,Slice:()=>Hl,Softmax:()=>Cs,Softplus:()=>cn,SpaceToBatchND:()=>As,SparseFillEmptyRows:()=>bs,SparseReshape:()=>ys,SparseSegmentMean:()=>ws,SparseSegmentSum:()=>Is,SparseToDense:()=>ks,SplitV:()=>xs,Sqrt:()=>Kl,Square:()=>Ss,SquaredDifference:()=>Xl,StaticRegexReplace:()=>jl,Step:()=>pn,StridedSlice:()=>Es,StringNGrams:()=>_s,StringSplit:()=>vs,StringToHashBucketFast:()=>$s,Sub:()=>Yl,Sum:()=>gs,Tan:()=>ln,Tanh:()=>un,Tensor:()=>NI,TensorBuffer:()=>be,TensorScatterUpdate:()=>fs,Tile:()=>Rs,TopK:()=>Ns,Transform:()=>Ts,Transpose:()=>Jl,Unique:()=>Ds,Unpack:()=>Bs,UnsortedSegmentSum:()=>Fs,UpperBound:()=>II,Variable:()=>TI,ZerosLike:()=>Ps,_FusedMatMul:()=>Ls,abs:()=>ek,acos:()=>tk,acosh:()=>ok,add:()=>De,addN:()=>nk,all:()=>rk,any:()=>sk,argMax:()=>ak,argMin:()=>ik,asin:()=>ck,asinh:()=>lk,atan:()=>uk,atan2:()=>pk,atanh:()=>dk,avgPool:()=>fk,avgPool3d:()=>hk,backend:()=>ru,backend_util:()=>w,basicLSTMCell:()=>mk,batchNorm:()=>Ak,batchNorm2d:()=>xk,batchNorm3d:()=>Ck,batchNorm4d:()=>bk,batchToSpaceND:()=>gk,bincount:()=>yk,bitwiseAnd:()=>wk,booleanMaskAsync:()=>a_,broadcastArgs:()=>Ik,broadcastTo:()=>kk,broadcast_util:()=>zs,browser:()=>B_,buffer:()=>ae,cast:()=>YI,ceil:()=>Sk,clipByValue:()=>_k,clone:()=>JI,complex:()=>OI,concat:()=>so,concat1d:()=>vk,concat2d:()=>$k,concat3d:()=>Rk,concat4d:()=>Nk,conv1d:()=>Dk,conv2d:()=>Tk,conv2dTranspose:()=>Bk,conv3d:()=>Fk,conv3dTranspose:()=>Pk,copyRegisteredKernels:()=>RI,cos:()=>Ok,cosh:()=>Lk,cosineWindow:()=>f_,cumprod:()=>Mk,cumsum:()=>Qk,customGrad:()=>$S,denseBincount:()=>Uk,deprecationWarn:()=>VI,depthToSpace:()=>Vk,depthwiseConv2d:()=>zk,device_util:()=>dn,diag:()=>Wk,dilation2d:()=>Gk,disableDeprecationWarnings:()=>UI,dispose:()=>HI,disposeVariables:()=>zI,div:()=>Ta,divNoNan:()=>Xk,dot:()=>jk,dropout:()=>p_,einsum:()=>Yk,elu:()=>Jk,enableDebugMode:()=>QI,enableProdMode:()=>MI,enclosingPowerOfTwo:()=>d_,engine:()=>Ze,ensureShape:()=>Zk,env:()=>R,equal:()=>Hk,erf:()=>au,euclideanNorm:()=>aS,exp:()=>iu,expandDims:()=>iS,expm1:()=>cS,eye:()=>uS,fft:()=>ME,fill:()=>Ek,findBackend:()=>nu,findBackendFactory:()=>XI,floor:()=>pS,floorDiv:()=>Na,fused:()=>mu,gather:()=>ao,gatherND:()=>u_,gather_util:()=>F_,getBackend:()=>ot,getGradient:()=>SI,getKernel:()=>kI,getKernelsForBackend:()=>EI,grad:()=>kS,grads:()=>SS,greater:()=>dS,greaterEqual:()=>fS,ifft:()=>QE,imag:()=>hS,image:()=>x_,inTopKAsync:()=>h_,io:()=>T_,irfft:()=>UE,isFinite:()=>mS,isInf:()=>gS,isNaN:()=>AS,keep:()=>eu,kernel_impls:()=>Be,leakyRelu:()=>xS,less:()=>CS,lessEqual:()=>bS,linalg:()=>C_,linspace:()=>yS,localResponseNormalization:()=>wS,log:()=>cu,log1p:()=>IS,logSigmoid:()=>TS,logSoftmax:()=>DS,logSumExp:()=>BS,logicalAnd:()=>FS,logicalNot:()=>PS,logicalOr:()=>OS,logicalXor:()=>LS,losses:()=>b_,lowerBound:()=>QS,matMul:()=>Vt,math:()=>D_,max:()=>eS,maxPool:()=>US,maxPool3d:()=>VS,maxPoolWithArgmax:()=>zS,maximum:()=>lu,mean:()=>Gs,memory:()=>WI,meshgrid:()=>GS,min:()=>tS,minimum:()=>pu,mirrorPad:()=>HS,mod:()=>Da,moments:()=>qS,movingAverage:()=>i_,mul:()=>xe,multiRNNCell:()=>KS,multinomial:()=>XS,neg:()=>RS,nextFrame:()=>Au,norm:()=>sS,notEqual:()=>jS,oneHot:()=>YS,ones:()=>WS,onesLike:()=>JS,op:()=>PI,outerProduct:()=>ZS,pad:()=>eE,pad1d:()=>tE,pad2d:()=>oE,pad3d:()=>nE,pad4d:()=>rE,pool:()=>aE,pow:()=>oS,prelu:()=>iE,print:()=>ZI,prod:()=>cE,profile:()=>GI,raggedGather:()=>lE,raggedRange:()=>uE,raggedTensorToTensor:()=>pE,rand:()=>dE,randomGamma:()=>mE,randomNormal:()=>gE,randomStandardNormal:()=>AE,randomUniform:()=>xE,randomUniformInt:()=>CE,range:()=>du,ready:()=>ou,real:()=>bE,reciprocal:()=>yE,registerBackend:()=>Vs,registerGradient:()=>_I,registerKernel:()=>Us,relu:()=>fu,relu6:()=>wE,removeBackend:()=>KI,reshape:()=>$e,reverse:()=>IE,reverse1d:()=>kE,reverse2d:()=>SE,reverse3d:()=>EE,reverse4d:()=>_E,rfft:()=>VE,round:()=>vE,rsqrt:()=>Ba,scalar:()=>Ws,scatterND:()=>c_,scatter_util:()=>YE,searchSorted:()=>MS,selu:()=>$E,separableConv2d:()=>RE,serialization:()=>I_,setBackend:()=>tu,setPlatform:()=>jI,setdiff1dAsync:()=>NE,sigmoid:()=>fn,sign:()=>TE,signal:()=>A_,sin:()=>DE,sinh:()=>BE,slice:()=>Le,slice1d:()=>FE,slice2d:()=>PE,slice3d:()=>OE,slice4d:()=>LE,slice_util:()=>nt,softmax:()=>Fa,softplus:()=>NS,spaceToBatchND:()=>sE,sparse:()=>y_,sparseToDense:()=>l_,spectral:()=>g_,split:()=>Pa,sqrt:()=>nS,square:()=>hn,squaredDifference:()=>zE,squeeze:()=>WE,stack:()=>hu,step:()=>GE,stridedSlice:()=>HE,string:()=>w_,sub:()=>io,sum:()=>rS,sumOutType:()=>no,tan:()=>qE,tanh:()=>su,tensor:()=>LI,tensor1d:()=>co,tensor2d:()=>et,tensor3d:()=>Oa,tensor4d:()=>KE,tensor5d:()=>XE,tensor6d:()=>jE,tensorScatterUpdate:()=>JE,tensor_util:()=>BI,test_util:()=>hE,tidy:()=>ro,tile:()=>lS,time:()=>qI,topk:()=>ZE,train:()=>O_,transpose:()=>zt,truncatedNormal:()=>e_,unique:()=>t_,unregisterGradient:()=>$I,unregisterKernel:()=>vI,unsortedSegmentSum:()=>o_,unstack:()=>Hs,upcastType:()=>Pe,upperBound:()=>n_,util:()=>C,valueAndGrad:()=>ES,valueAndGrads:()=>_S,variable:()=>r_,variableGrads:()=>vS,version_core:()=>gu,where:()=>qk,whereAsync:()=>s_,zeros:()=>uu,zerosLike:()=>Kk});var L_=Be.whereImpl,qs=class o extends Gn{nextDataId(){return o.nextDataId++}constructor(){super(),this.blockSize=48,this.firstUse=!0,this.data=new Wn(this,Ze())}write(e,t,n){this.firstUse&&(this.firstUse=!1,R().get("IS_NODE")&&w.warn(`
============================
Hi, looks like you are running TensorFlow.js in Node.js. To speed things up dramatically, install our node backend, visit https://github.com/tensorflow/tfjs-node for more details. 
============================`));let r={id:this.nextDataId()};return this.data.set(r,{values:e,dtype:n,refCount:1}),r}makeTensorInfo(e,t,n){let r;if(t==="string"&&n!=null&&n.length>0&&C.isString(n[0])){let s=n.map(a=>C.encodeString(a));r=this.write(s,e,t)}else r=this.write(n,e,t);return{dataId:r,shape:e,dtype:t}}refCount(e){return this.data.has(e)?this.data.get(e).refCount:0}incRef(e){let t=this.data.get(e);t.refCount++}decRef(e){if(this.data.has(e)){let t=this.data.get(e);t.refCount--}}move(e,t,n,r,s){this.data.set(e,{values:t,dtype:r,refCount:s})}numDataIds(){return this.data.numDataIds()}async read(e){return this.readSync(e)}readSync(e){let{dtype:t,complexTensorInfos:n}=this.data.get(e);if(t==="complex64"){let r=this.readSync(n.real.dataId),s=this.readSync(n.imag.dataId);return w.mergeRealAndImagArrays(r,s)}return C.convertBackendValuesAndArrayBuffer(this.data.get(e).values,t)}bufferSync(e){let t=this.readSync(e.dataId);if(e.dtype==="string")try{let n=t.map(r=>C.decodeString(r));return ae(e.shape,e.dtype,n)}catch{throw new Error("Failed to decode encoded string bytes into utf-8")}return ae(e.shape,e.dtype,t)}makeOutput(e,t,n){return Ze().makeTensorFromTensorInfo(this.makeTensorInfo(t,n,e),this)}disposeData(e,t=!1){if(this.data.has(e)){if(this.data.get(e).refCount--,!t&&this.data.get(e).refCount>0)return!1;let{complexTensorInfos:n}=this.data.get(e);n!=null&&(this.disposeData(n.real.dataId,!0),this.disposeData(n.imag.dataId,!0)),this.data.delete(e)}return!0}disposeIntermediateTensorInfo(e){this.disposeData(e.dataId)}async time(e){let t=C.now();return e(),{kernelMs:C.now()-t}}memory(){return{unreliable:!0,reasons:["The reported memory is an upper bound. Due to automatic garbage collection, the true allocated memory may be less."]}}where(e){L([e],"where");let t=this.readSync(e.dataId);return L_(e.shape,t)}dispose(){}floatPrecision(){return 32}epsilon(){return super.epsilon()}};qs.nextDataId=0;Vs("cpu",()=>new qs,1);var xu=ee("Elu",o=>o>=0?o:Math.exp(o)-1),Cf={kernelName:"Elu",backendName:"cpu",kernelFunc:xu};function Cu(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{alpha:s}=n;L([r],"leakyRelu");let a=C.sizeFromShape(r.shape),i=t.data.get(r.dataId).values,c=C.getTypedArrayFromDType("float32",a);for(let l=0;l<i.length;l++)c[l]=i[l]<0?s*i[l]:i[l];return t.makeTensorInfo(r.shape,"float32",c)}var bf={kernelName:Br,backendName:"cpu",kernelFunc:Cu};var M_=ze((o,e)=>o<0?e*o:o);function bu(o){let{inputs:e,backend:t}=o,{x:n,alpha:r}=e;L([n,r],"prelu");let s=t.data.get(n.dataId).values,a=t.data.get(r.dataId).values,[i,c]=M_(n.shape,r.shape,s,a,"float32");return t.makeTensorInfo(c,"float32",i)}var yf={kernelName:ts,backendName:"cpu",kernelFunc:bu};var yu=ee(en,o=>Math.max(0,o)),wf={kernelName:en,backendName:"cpu",kernelFunc:yu};var wu=ee(tn,o=>Math.min(Math.max(0,o),6)),If={kernelName:tn,backendName:"cpu",kernelFunc:wu};function lo(o,e,t,n,r){if(t==="linear")return Ge({inputs:{x:e},backend:o});if(t==="relu")return yu({inputs:{x:e},backend:o});if(t==="elu")return xu({inputs:{x:e},backend:o});if(t==="relu6")return wu({inputs:{x:e},backend:o});if(t==="prelu")return bu({inputs:{x:e,alpha:n},backend:o});if(t==="leakyrelu")return Cu({inputs:{x:e},backend:o,attrs:{alpha:r}});if(t==="sigmoid")return tf({inputs:{x:e},backend:o});throw new Error(`Activation ${t} has not been implemented for the CPU backend.`)}function se(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{shape:s}=n,a=C.sizeFromShape(r.shape),i=C.inferFromImplicitShape(s,a),c=C.sizeFromShape(i);C.assert(a===c,()=>`The new shape (${i}) has ${c} elements and the old shape (${r.shape}) has ${a} elements. The new shape and old shape must have the same number of elements.`),t.incRef(r.dataId);let l=t.data.get(r.dataId);if(l.complexTensorInfos!=null){let u=l.complexTensorInfos.real,p=l.complexTensorInfos.imag;u.shape=i,p.shape=i}return{dataId:r.dataId,shape:i,dtype:r.dtype}}var kf={kernelName:as,backendName:"cpu",kernelFunc:se};function Iu(o){let{inputs:e,backend:t,attrs:n}=o,{a:r,b:s}=e,{transposeA:a,transposeB:i}=n;L([r,s],"matMul");let c=r.shape.length,l=s.shape.length,u=a?r.shape[c-2]:r.shape[c-1],p=i?s.shape[l-1]:s.shape[l-2],d=a?r.shape[c-1]:r.shape[c-2],f=i?s.shape[l-2]:s.shape[l-1],h=r.shape.slice(0,-2),m=s.shape.slice(0,-2),g=C.sizeFromShape(h),A=C.sizeFromShape(m),b=zs.assertAndGetBroadcastShape(r.shape.slice(0,-2),s.shape.slice(0,-2)).concat([d,f]);C.assert(u===p,()=>`Error in matMul: inner shapes (${u}) and (${p}) of Tensors with shapes ${r.shape} and ${s.shape} and transposeA=${a} and transposeB=${i} must match.`);let y=a?[g,u,d]:[g,d,u],I=i?[A,f,p]:[A,p,f],k=se({inputs:{x:r},backend:t,attrs:{shape:y}}),S=se({inputs:{x:s},backend:t,attrs:{shape:I}}),E=a?k.shape[1]:k.shape[2],_=a?k.shape[2]:k.shape[1],v=i?S.shape[1]:S.shape[2],B=Math.max(g,A),N=t.data.get(k.dataId).values,T=t.data.get(S.dataId).values,F=C.computeStrides(k.shape),D=C.computeStrides(S.shape),[O,M,$]=a?[F[0],1,F[1]]:[F[0],F[1],1],[P,Q,V]=i?[1,D[1],D[0]]:[D[1],1,D[0]],W=_*v,z=ae([B,_,v],k.dtype),H=z.values,G=t.blockSize;for(let q=0;q<B;q++){let j=q%g,X=q%A;for(let Z=0;Z<_;Z+=G){let re=Math.min(Z+G,_);for(let ne=0;ne<v;ne+=G){let le=Math.min(ne+G,v);for(let oe=0;oe<E;oe+=G){let he=Math.min(oe+G,E);for(let de=Z;de<re;de++)for(let fe=ne;fe<le;fe++){let Ae=0;for(let me=oe;me<he;me++){let Ye=N[j*O+de*M+me*$],Se=T[me*P+fe*Q+X*V];Ae+=Ye*Se}H[q*W+(de*v+fe)]+=Ae}}}}}return t.disposeIntermediateTensorInfo(k),t.disposeIntermediateTensorInfo(S),t.makeTensorInfo(b,z.dtype,z.values)}var Sf={kernelName:tr,backendName:"cpu",kernelFunc:Iu};function Q_(o){let{inputs:e,backend:t,attrs:n}=o,{a:r,b:s,bias:a,preluActivationWeights:i}=e,{transposeA:c,transposeB:l,activation:u,leakyreluAlpha:p}=n,d,f,h,m=[];d=Iu({inputs:{a:r,b:s},attrs:{transposeA:c,transposeB:l},backend:t}),a&&(f=$t({inputs:{a:d,b:a},backend:t}),m.push(d),d=f),u&&(h=lo(t,d,u,i,p),m.push(d),d=h);for(let A of m)t.disposeIntermediateTensorInfo(A);return d}var Ef={kernelName:Ls,backendName:"cpu",kernelFunc:Q_};var U_=ee(No,o=>Math.acos(o)),_f={kernelName:No,backendName:"cpu",kernelFunc:U_};var V_=ee(To,o=>Math.acosh(o)),vf={kernelName:To,backendName:"cpu",kernelFunc:V_};function z_(o){let{inputs:e,backend:t}=o,n=e;L(e,"addN");let r=n.map(i=>t.data.get(i.dataId).values),s=ae(n[0].shape,n[0].dtype),a=s.values;for(let i=0;i<n.length;i++){let c=r[i];for(let l=0;l<a.length;l++)a[l]+=c[l]}return t.makeTensorInfo(s.shape,s.dtype,s.values)}var $f={kernelName:Hn,backendName:"cpu",kernelFunc:z_};function W_(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n;L(r,"all");let i=C.parseAxisParam(s,r.shape),c=i,l=w.getAxesPermutation(c,r.shape.length),u=r;l!=null&&(u=ke({inputs:{x:r},backend:t,attrs:{perm:l}}),c=w.getInnerMostAxes(c.length,r.shape.length)),w.assertAxesAreInnerMostDims("all",c,u.shape.length);let[p,d]=w.computeOutAndReduceShapes(u.shape,c),f=C.sizeFromShape(d),h=C.makeZerosTypedArray(C.sizeFromShape(p),u.dtype),m=t.data.get(u.dataId).values;for(let A=0;A<h.length;++A){let x=A*f,b=m[x];for(let y=0;y<f;++y){let I=m[x+y];b=b&&I}h[A]=b}l!=null&&t.disposeIntermediateTensorInfo(u);let g=t.makeTensorInfo(p,u.dtype,h);if(a){let A=w.expandShapeToKeepDim(p,i),x=se({inputs:{x:g},backend:t,attrs:{shape:A}});return t.disposeIntermediateTensorInfo(g),x}return g}var Rf={kernelName:"All",backendName:"cpu",kernelFunc:W_};function G_(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n;L(r,"any");let i=C.parseAxisParam(s,r.shape),c=i,l=w.getAxesPermutation(c,r.shape.length),u=r;l!=null&&(u=ke({inputs:{x:r},backend:t,attrs:{perm:l}}),c=w.getInnerMostAxes(c.length,r.shape.length)),w.assertAxesAreInnerMostDims("any",c,u.shape.length);let[p,d]=w.computeOutAndReduceShapes(u.shape,c),f=C.sizeFromShape(d),h=C.makeZerosTypedArray(C.sizeFromShape(p),u.dtype),m=t.data.get(u.dataId).values;for(let A=0;A<h.length;++A){let x=A*f,b=m[x];for(let y=0;y<f;++y){let I=m[x+y];b=b||I}h[A]=b}l!=null&&t.disposeIntermediateTensorInfo(u);let g=t.makeTensorInfo(p,u.dtype,h);if(a){let A=w.expandShapeToKeepDim(p,i),x=se({inputs:{x:g},backend:t,attrs:{shape:A}});return t.disposeIntermediateTensorInfo(g),x}return g}var Nf={kernelName:"Any",backendName:"cpu",kernelFunc:G_};function H_(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s}=n;L(r,"argMax");let a=C.parseAxisParam(s,r.shape),i=w.getAxesPermutation(a,r.shape.length),c=r,l=[];i!=null&&(c=ke({inputs:{x:r},backend:t,attrs:{perm:i}}),l.push(c),a=w.getInnerMostAxes(a.length,c.shape.length)),a=[a[0]],w.assertAxesAreInnerMostDims("argMax",a,c.shape.length);let[u,p]=w.computeOutAndReduceShapes(c.shape,a),d=C.sizeFromShape(u),f=C.makeZerosTypedArray(d,"int32"),h=C.sizeFromShape(p),m=t.data.get(c.dataId).values;for(let g=0;g<f.length;++g){let A=g*h,x=m[A],b=0;for(let y=0;y<h;++y){let I=m[A+y];I>x&&(x=I,b=y)}f[g]=b}return l.forEach(g=>t.disposeIntermediateTensorInfo(g)),t.makeTensorInfo(u,"int32",f)}var Tf={kernelName:Xn,backendName:"cpu",kernelFunc:H_};function q_(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s}=n;L(r,"argMin");let a=C.parseAxisParam(s,r.shape),i=w.getAxesPermutation(a,r.shape.length),c=r,l=[];i!=null&&(c=ke({inputs:{x:r},backend:t,attrs:{perm:i}}),l.push(c),a=w.getInnerMostAxes(a.length,c.shape.length)),a=[a[0]],w.assertAxesAreInnerMostDims("argMin",a,c.shape.length);let[u,p]=w.computeOutAndReduceShapes(c.shape,a),d=C.sizeFromShape(u),f=C.makeZerosTypedArray(d,"int32"),h=C.sizeFromShape(p),m=t.data.get(c.dataId).values;for(let g=0;g<f.length;++g){let A=g*h,x=m[A],b=0;for(let y=0;y<h;++y){let I=m[A+y];I<x&&(x=I,b=y)}f[g]=b}return l.forEach(g=>t.disposeIntermediateTensorInfo(g)),t.makeTensorInfo(u,"int32",f)}var Df={kernelName:jn,backendName:"cpu",kernelFunc:q_};var K_=ee(Do,o=>Math.asin(o)),Bf={kernelName:Do,backendName:"cpu",kernelFunc:K_};var X_=ee(Bo,o=>Math.asinh(o)),Ff={kernelName:Bo,backendName:"cpu",kernelFunc:X_};var j_=ee(Fo,o=>Math.atan(o)),Pf={kernelName:Fo,backendName:"cpu",kernelFunc:j_};var Y_=ze((o,e)=>Math.atan2(o,e)),J_=rt(Oo,Y_),Of={kernelName:Oo,backendName:"cpu",kernelFunc:J_};var Z_=ee(Po,o=>Math.atanh(o)),Lf={kernelName:Po,backendName:"cpu",kernelFunc:Z_};function An(o,e,t,n,r,s){let a=r.strideHeight,i=r.strideWidth,c=r.dilationHeight,l=r.dilationWidth,u=r.effectiveFilterHeight,p=r.effectiveFilterWidth,d=r.padInfo.top,f=r.padInfo.left,h=s==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,m=ae(r.outShape,t),g=m.values,A=r.outShape[1]*r.outShape[2]*r.outShape[3],x=r.outShape[2]*r.outShape[3],b=r.outShape[3];for(let y=0;y<r.batchSize;++y){let I=y*A,k=y*n[0];for(let S=0;S<r.inChannels;++S)for(let E=0;E<r.outHeight;++E){let _=E*a-d,v=Math.max(0,_),B=Math.min(r.inHeight,u+_),N=I+E*x;for(let T=0;T<r.outWidth;++T){let F=T*i-f,D=Math.max(0,F),O=Math.min(r.inWidth,p+F),M=h,$=0,P=0;for(let V=v;V<B;V+=c){let W=k+V*n[1];for(let z=D;z<O;z+=l){let H=W+z*n[2],G=o[H+S];s==="max"&&G>M?M=G:s==="avg"&&($+=G,P++)}if(isNaN(M))break}let Q=N+T*b+S;g[Q]=s==="avg"?$/P:M}}}return m}function Ua(o,e,t,n,r=!1,s=!1){let a=ae(n.outShape,"int32"),i=n.strideHeight,c=n.strideWidth,l=n.dilationHeight,u=n.dilationWidth,p=n.effectiveFilterHeight,d=n.effectiveFilterWidth,f=n.padInfo.top,h=n.padInfo.left,m=ae(e,t,o);for(let g=0;g<n.batchSize;++g)for(let A=0;A<n.inChannels;++A)for(let x=0;x<n.outHeight;++x){let b=x*i-f,y=b;for(;y<0;)y+=l;let I=Math.min(n.inHeight,p+b);for(let k=0;k<n.outWidth;++k){let S=k*c-h,E=S;for(;E<0;)E+=u;let _=Math.min(n.inWidth,d+S),v=Number.NEGATIVE_INFINITY,B=-1;for(let N=y;N<I;N+=l){let T=N-b;for(let F=E;F<_;F+=u){let D=F-S,O=m.get(g,N,F,A);O>v&&(v=O,r?B=s?((g*n.inHeight+N)*n.inWidth+F)*n.inChannels+A:(N*n.inWidth+F)*n.inChannels+A:B=T*d+D)}}a.set(B,g,x,k,A)}}return a}function Va(o,e,t,n,r,s){let a=r.strideDepth,i=r.strideHeight,c=r.strideWidth,l=r.dilationDepth,u=r.dilationHeight,p=r.dilationWidth,d=r.effectiveFilterDepth,f=r.effectiveFilterHeight,h=r.effectiveFilterWidth,m=r.padInfo.front,g=r.padInfo.top,A=r.padInfo.left,x=s==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,b=ae(r.outShape,t),y=b.values,I=r.outShape[1]*r.outShape[2]*r.outShape[3]*r.outShape[4],k=r.outShape[2]*r.outShape[3]*r.outShape[4],S=r.outShape[3]*r.outShape[4],E=r.outShape[4];for(let _=0;_<r.batchSize;++_){let v=_*I,B=_*n[0];for(let N=0;N<r.inChannels;++N)for(let T=0;T<r.outDepth;++T){let F=T*a-m,D=F;for(;D<0;)D+=l;let O=Math.min(r.inDepth,d+F),M=v+T*k;for(let $=0;$<r.outHeight;++$){let P=$*i-g,Q=P;for(;Q<0;)Q+=u;let V=Math.min(r.inHeight,f+P),W=M+$*S;for(let z=0;z<r.outWidth;++z){let H=z*c-A,G=H;for(;G<0;)G+=p;let q=Math.min(r.inWidth,h+H),j=W+z*E,X=x,Z=0,re=0;for(let le=D;le<O;le+=l){let oe=B+le*n[1];for(let he=Q;he<V;he+=u){let de=oe+he*n[2];for(let fe=G;fe<q;fe+=p){let Ae=de+fe*n[3],me=o[Ae+N];if(s==="max"&&me>X?X=me:s==="avg"&&(Z+=me,re++),isNaN(X))break}if(isNaN(X))break}if(isNaN(X))break}let ne=j+N;y[ne]=s==="avg"?Z/Math.max(re,1):X}}}}return b}function Mf(o,e){let t=ae(e.outShape,"int32"),n=e.strideDepth,r=e.strideHeight,s=e.strideWidth,a=e.dilationDepth,i=e.dilationHeight,c=e.dilationWidth,l=e.effectiveFilterDepth,u=e.effectiveFilterHeight,p=e.effectiveFilterWidth,d=e.padInfo.front,f=e.padInfo.top,h=e.padInfo.left;for(let m=0;m<e.batchSize;++m)for(let g=0;g<e.inChannels;++g)for(let A=0;A<e.outDepth;++A){let x=A*n-d,b=x;for(;b<0;)b+=a;let y=Math.min(e.inDepth,l+x);for(let I=0;I<e.outHeight;++I){let k=I*r-f,S=k;for(;S<0;)S+=i;let E=Math.min(e.inHeight,u+k);for(let _=0;_<e.outWidth;++_){let v=_*s-h,B=v;for(;B<0;)B+=c;let N=Math.min(e.inWidth,p+v),T=Number.NEGATIVE_INFINITY,F=-1;for(let D=b;D<y;D+=a){let O=D-x;for(let M=S;M<E;M+=i){let $=M-k;for(let P=B;P<N;P+=c){let Q=P-v,V=o.get(m,D,M,P,g);V>=T&&(T=V,F=O*u*p+$*u+Q)}}}t.set(F,m,A,I,_,g)}}}return t}function ev(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e;L(r,"avgPool");let{filterSize:s,strides:a,pad:i,dimRoundingMode:c}=n,l=1;C.assert(w.eitherStridesOrDilationsAreOne(a,l),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${l}'`);let u=w.computePool2DInfo(r.shape,s,a,l,i,c),p;if(u.filterWidth===1&&u.filterHeight===1&&C.arraysEqual(u.inShape,u.outShape))p=Ge({inputs:{x:r},backend:t});else{let d=t.data.get(r.dataId).values,f=C.computeStrides(r.shape),h=An(d,r.shape,r.dtype,f,u,"avg");p=t.makeTensorInfo(u.outShape,r.dtype,h.values)}return p}var Qf={kernelName:Yn,backendName:"cpu",kernelFunc:ev};function tv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{filterSize:s,strides:a,pad:i,dimRoundingMode:c,dataFormat:l}=n;L(r,"avgPool3d");let u=w.computePool3DInfo(r.shape,s,a,1,i,c,l),p=t.data.get(r.dataId).values,d=Va(p,r.shape,r.dtype,C.computeStrides(r.shape),u,"avg");return t.makeTensorInfo(d.shape,"float32",d.values)}var Uf={kernelName:Zn,backendName:"cpu",kernelFunc:tv};function ov(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s}=e,{filterSize:a,strides:i,pad:c,dimRoundingMode:l}=n;L([r,s],"avgPool3DGrad");let u=w.computePool3DInfo(s.shape,a,i,1,c,l),p=u.strideDepth,d=u.strideHeight,f=u.strideWidth,h=u.filterDepth,m=u.filterHeight,g=u.filterWidth,A=u.dilationDepth,x=u.dilationHeight,b=u.dilationWidth,y=u.effectiveFilterDepth,I=u.effectiveFilterHeight,k=u.effectiveFilterWidth,S=y-1-u.padInfo.front,E=k-1-u.padInfo.left,_=I-1-u.padInfo.top,v=ae(s.shape,"float32"),B=1/(h*m*g),N=t.bufferSync(r);for(let T=0;T<u.batchSize;++T)for(let F=0;F<u.inChannels;++F)for(let D=0;D<u.inDepth;++D)for(let O=0;O<u.inHeight;++O)for(let M=0;M<u.inWidth;++M){let $=D-S,P=O-_,Q=M-E,V=0;for(let W=0;W<y;W+=A){let z=($+W)/p;if(!(z<0||z>=u.outDepth||Math.floor(z)!==z))for(let H=0;H<I;H+=x){let G=(P+H)/d;if(!(G<0||G>=u.outHeight||Math.floor(G)!==G))for(let q=0;q<k;q+=b){let j=(Q+q)/f;if(j<0||j>=u.outWidth||Math.floor(j)!==j)continue;let X=N.get(T,z,G,j,F);V+=X}}}v.set(V*B,T,D,O,M,F)}return t.makeTensorInfo(v.shape,v.dtype,v.values)}var Vf={kernelName:er,backendName:"cpu",kernelFunc:ov};function nv(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s}=e,a=s;L([r,s],"avgPoolGrad");let{filterSize:i,strides:c,pad:l}=n,u=w.computePool2DInfo(a.shape,i,c,1,l),p=u.strideHeight,d=u.strideWidth,f=u.filterHeight,h=u.filterWidth,m=u.dilationHeight,g=u.dilationWidth,A=u.effectiveFilterHeight,x=u.effectiveFilterWidth,b=x-1-u.padInfo.left,y=A-1-u.padInfo.top,I=ae(a.shape,"float32"),k=1/(f*h),S=t.data.get(r.dataId).values,E=ae(r.shape,"float32",S);for(let _=0;_<u.batchSize;++_)for(let v=0;v<u.inChannels;++v)for(let B=0;B<u.inHeight;++B)for(let N=0;N<u.inWidth;++N){let T=B-y,F=N-b,D=0;for(let O=0;O<A;O+=m){let M=(T+O)/p;if(!(M<0||M>=u.outHeight||Math.floor(M)!==M))for(let $=0;$<x;$+=g){let P=(F+$)/d;if(P<0||P>=u.outWidth||Math.floor(P)!==P)continue;let Q=E.get(_,M,P,v);D+=Q}}I.set(D*k,_,B,N,v)}return t.makeTensorInfo(I.shape,I.dtype,I.values)}var zf={kernelName:Jn,backendName:"cpu",kernelFunc:nv};function rv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,scale:s,offset:a,mean:i,variance:c}=e;C.assert(i.shape.length===c.shape.length,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),C.assert(a==null||i.shape.length===a.shape.length,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),C.assert(s==null||i.shape.length===s.shape.length,()=>"Batch normalization gradient requires mean and scale to have equal ranks."),L([r,i,c,s,a],"batchNorm");let{varianceEpsilon:l}=n;l==null&&(l=.001);let u=t.data.get(r.dataId).values,p=t.data.get(i.dataId).values,d=t.data.get(c.dataId).values,f=s?t.data.get(s.dataId).values:new Float32Array([1]),h=a?t.data.get(a.dataId).values:new Float32Array([0]),m=new Float32Array(u.length),g=h.length,A=f.length,x=d.length,b=p.length,y=0,I=0,k=0,S=0;for(let E=0;E<u.length;++E)m[E]=h[y++]+(u[E]-p[I++])*f[k++]/Math.sqrt(d[S++]+l),y>=g&&(y=0),I>=b&&(I=0),k>=A&&(k=0),S>=x&&(S=0);return t.makeTensorInfo(r.shape,r.dtype,m)}var Wf={kernelName:$r,backendName:"cpu",kernelFunc:rv};function sv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{blockShape:s,crops:a}=n;L([r],"batchToSpaceND");let i=s.reduce((A,x)=>A*x),c=w.getReshaped(r.shape,s,i),l=w.getPermuted(c.length,s.length),u=w.getReshapedPermuted(r.shape,s,i),p=w.getSliceBeginCoords(a,s.length),d=w.getSliceSize(u,a,s.length),f=se({inputs:{x:r},backend:t,attrs:{shape:c}}),h=ke({inputs:{x:f},backend:t,attrs:{perm:l}}),m=se({inputs:{x:h},backend:t,attrs:{shape:u}}),g=pt({inputs:{x:m},backend:t,attrs:{begin:p,size:d}});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(m),g}var Gf={kernelName:or,backendName:"cpu",kernelFunc:sv};function av(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,weights:s}=e,{size:a}=n,i=t.data.get(r.dataId).values,c=t.data.get(s.dataId).values,l=La(i,c,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,l)}var Hf={kernelName:nr,backendName:"cpu",kernelFunc:av};function iv(o){let{inputs:e,backend:t}=o,{s0:n,s1:r}=e,s=t.data.get(n.dataId).values,a=t.data.get(r.dataId).values,i=w.assertAndGetBroadcastShape(Array.from(s),Array.from(a));return t.makeTensorInfo([i.length],"int32",Int32Array.from(i))}var qf={kernelName:rr,backendName:"cpu",kernelFunc:iv};var cv=ee(Lo,(o,e)=>{let t=e;return o>t.clipValueMax?t.clipValueMax:o<t.clipValueMin?t.clipValueMin:o}),Kf={kernelName:Lo,backendName:"cpu",kernelFunc:cv};var lv=o=>{let{x:e}=o.inputs,t=o.backend,n=new Float32Array(C.sizeFromShape(e.shape)),r=t.data.get(e.dataId),s=r.complexTensorInfos.real,a=r.complexTensorInfos.imag,i=t.data.get(s.dataId).values,c=t.data.get(a.dataId).values;for(let l=0;l<i.length;l++){let u=i[l],p=c[l];n[l]=Math.hypot(u,p)}return t.makeOutput(n,e.shape,"float32")},Xf={kernelName:sr,backendName:"cpu",kernelFunc:lv};function Ct(o){let{inputs:e,backend:t}=o,{input:n}=e,r=t.data.get(n.dataId).complexTensorInfos.imag,s=t.data.get(r.dataId).values;return t.makeTensorInfo(r.shape,r.dtype,s)}var jf={kernelName:Dr,backendName:"cpu",kernelFunc:Ct};function Wt(o){let{inputs:e,backend:t,attrs:n}=o,{axis:r}=n,s=C.parseAxisParam(r,e[0].shape)[0],a=e.map(m=>m.shape);w.assertParamsConsistent(a,s);let i=w.computeOutShape(e.map(m=>m.shape),s);if(C.sizeFromShape(i)===0)return t.makeTensorInfo(i,e[0].dtype,[]);let c=e.filter(m=>C.sizeFromShape(m.shape)>0);if(c.length===1)return Ge({inputs:{x:c[0]},backend:t});if(c[0].dtype==="complex64"){let m=c.map(y=>vt({inputs:{input:y},backend:t})),g=c.map(y=>Ct({inputs:{input:y},backend:t})),A=Wt({inputs:m,backend:t,attrs:{axis:s}}),x=Wt({inputs:g,backend:t,attrs:{axis:s}}),b=We({inputs:{real:A,imag:x},backend:t});return m.forEach(y=>t.disposeIntermediateTensorInfo(y)),g.forEach(y=>t.disposeIntermediateTensorInfo(y)),t.disposeIntermediateTensorInfo(A),t.disposeIntermediateTensorInfo(x),b}let l=c.map(m=>{let A=[-1,C.sizeFromShape(m.shape.slice(s))];return se({inputs:{x:m},backend:t,attrs:{shape:A}})}),u=l.map(m=>({vals:t.data.get(m.dataId).values,shape:m.shape}));i=w.computeOutShape(l.map(m=>m.shape),1);let p=l[0].shape[0]===1,d=Sd(u,i,e[0].dtype,p),f=w.computeOutShape(c.map(m=>m.shape),s),h=t.makeTensorInfo(f,e[0].dtype,d);return l.forEach(m=>t.disposeIntermediateTensorInfo(m)),h}var Yf={kernelName:ar,backendName:"cpu",kernelFunc:Wt};function ku(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s}=e,{strides:a,pad:i,dataFormat:c,dilations:l,dimRoundingMode:u}=n;L([r,s],"conv2d");let p=w.convertConv2DDataFormat(c),d=w.computeConv2DInfo(r.shape,s.shape,a,l,i,u,!1,p),f=d.filterHeight,h=d.filterWidth,m=d.dilationHeight,g=d.dilationWidth,A=d.padInfo.left,x=d.padInfo.top,b=d.dataFormat==="channelsLast",y=new be(d.outShape,r.dtype),I=C.computeStrides(r.shape),k=C.computeStrides(s.shape),S=I[0],E=b?I[1]:I[2],_=b?I[2]:1,v=b?1:I[1],B=y.strides[0],N=b?y.strides[1]:y.strides[2],T=b?y.strides[2]:1,F=b?1:y.strides[1],D=t.data.get(r.dataId).values,O=t.data.get(s.dataId).values,M=y.values;for(let $=0;$<d.batchSize;++$){let P=$*S,Q=$*B;for(let V=0;V<d.outHeight;++V){let W=Q+V*N,z=V*d.strideHeight-x;for(let H=0;H<f;++H){let G=z+H*m;if(G<0||G>=d.inHeight)continue;let q=H*k[0],j=P+G*E;for(let X=0;X<d.outWidth;++X){let Z=W+X*T,re=X*d.strideWidth-A;for(let ne=0;ne<h;++ne){let le=re+ne*g;if(le<0||le>=d.inWidth)continue;let oe=q+ne*k[1],he=j+le*_,de=oe;for(let fe=0;fe<d.inChannels;++fe){let Ae=D[he+fe*v];for(let me=0;me<d.outChannels;++me)M[Z+me*F]+=Ae*O[de+me];de+=d.outChannels}}}}}}return t.makeTensorInfo(y.shape,y.dtype,M)}var Jf={kernelName:ir,backendName:"cpu",kernelFunc:ku};function uv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,dy:s}=e,{strides:a,pad:i,dataFormat:c,dimRoundingMode:l,filterShape:u}=n;L([r,s],"conv2dBackpropFilter");let p=w.convertConv2DDataFormat(c),d=w.computeConv2DInfo(r.shape,u,a,1,i,l,!1,p),{strideHeight:f,strideWidth:h,filterHeight:m,filterWidth:g}=d,A=d.dataFormat==="channelsLast",x=new be(d.filterShape,"float32"),b=d.padInfo.left,y=d.padInfo.top,I=t.data.get(r.dataId).values,k=t.data.get(s.dataId).values,S=new be(r.shape,r.dtype,I),E=new be(s.shape,s.dtype,k);for(let _=0;_<m;++_){let v=Math.max(0,Math.ceil((y-_)/f)),B=Math.min(d.outHeight,(d.inHeight+y-_)/f);for(let N=0;N<g;++N){let T=Math.max(0,Math.ceil((b-N)/h)),F=Math.min(d.outWidth,(d.inWidth+b-N)/h);for(let D=0;D<d.inChannels;++D)for(let O=0;O<d.outChannels;++O){let M=0;for(let $=0;$<d.batchSize;++$)for(let P=v;P<B;++P){let Q=_+P*f-y;for(let V=T;V<F;++V){let W=N+V*h-b;A?M+=S.get($,Q,W,D)*E.get($,P,V,O):M+=S.get($,D,Q,W)*E.get($,O,P,V)}}x.set(M,_,N,D,O)}}}return t.makeTensorInfo(x.shape,x.dtype,x.values)}var Zf={kernelName:cr,backendName:"cpu",kernelFunc:uv};function pv(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,filter:s}=e,{inputShape:a,strides:i,pad:c,dataFormat:l,dimRoundingMode:u}=n;L([r,s],"conv2dBackpropInput");let p=C.computeStrides(s.shape),d=C.computeStrides(r.shape),f=w.convertConv2DDataFormat(l),h=w.computeConv2DInfo(a,s.shape,i,1,c,u,!1,f),m=new be(h.inShape,"float32"),g=m.values,A=t.data.get(r.dataId).values,x=t.data.get(s.dataId).values,[b,y,I]=p,{batchSize:k,filterHeight:S,filterWidth:E,inChannels:_,inHeight:v,inWidth:B,outChannels:N,outHeight:T,outWidth:F,strideHeight:D,strideWidth:O}=h;f=h.dataFormat;let M=S-1-h.padInfo.top,$=E-1-h.padInfo.left,P=f==="channelsLast",Q=m.strides[0],V=P?m.strides[1]:m.strides[2],W=P?m.strides[2]:1,z=P?1:m.strides[1],H=d[0],G=P?d[1]:d[2],q=P?d[2]:1,j=P?1:d[1];for(let X=0;X<k;++X)for(let Z=0;Z<_;++Z)for(let re=0;re<v;++re){let ne=re-M,le=Math.max(0,Math.ceil(ne/D)),oe=Math.min(T,(S+ne)/D);for(let he=0;he<B;++he){let de=he-$,fe=Math.max(0,Math.ceil(de/O)),Ae=Math.min(F,(E+de)/O),me=0;for(let Se=le;Se<oe;++Se){let lt=Se*D-ne;for(let Je=fe;Je<Ae;++Je){let oo=Je*O-de,ut=H*X+G*Se+q*Je,_t=b*(S-1-lt)+y*(E-1-oo)+I*Z;for(let Mt=0;Mt<N;++Mt){let Qt=A[ut+j*Mt],Ut=x[_t+Mt];me+=Qt*Ut}}}let Ye=Q*X+V*re+W*he+z*Z;g[Ye]=me}}return t.makeTensorInfo(m.shape,m.dtype,m.values)}var eh={kernelName:lr,backendName:"cpu",kernelFunc:pv};function dv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s}=e,{strides:a,pad:i,dilations:c}=n;L([r,s],"conv3d");let l=w.computeConv3DInfo(r.shape,s.shape,a,c,i),{filterDepth:u,filterHeight:p,filterWidth:d,dilationDepth:f,dilationHeight:h,dilationWidth:m,padInfo:g}=l,A=g.front,x=g.left,b=g.top,y=new be(l.outShape,r.dtype),I=t.data.get(r.dataId).values,k=t.data.get(s.dataId).values,S=y.values,E=C.computeStrides(r.shape),_=C.computeStrides(s.shape);for(let v=0;v<l.batchSize;++v){let B=v*E[0],N=v*y.strides[0];for(let T=0;T<l.outDepth;++T){let F=N+T*y.strides[1],D=T*l.strideDepth-A;for(let O=0;O<u;++O){let M=D+O*f;if(M<0||M>=l.inDepth)continue;let $=O*_[0],P=B+M*E[1];for(let Q=0;Q<l.outHeight;++Q){let V=F+Q*y.strides[2],W=Q*l.strideHeight-b;for(let z=0;z<p;++z){let H=W+z*h;if(H<0||H>=l.inHeight)continue;let G=$+z*_[1],q=P+H*E[2];for(let j=0;j<l.outWidth;++j){let X=V+j*l.outChannels,Z=j*l.strideWidth-x;for(let re=0;re<d;++re){let ne=Z+re*m;if(ne<0||ne>=l.inWidth)continue;let le=G+re*_[2],oe=q+ne*l.inChannels,he=le;for(let de=0;de<l.inChannels;++de){let fe=I[oe+de];for(let Ae=0;Ae<l.outChannels;++Ae)S[X+Ae]+=fe*k[he+Ae];he+=l.outChannels}}}}}}}}return t.makeTensorInfo(y.shape,y.dtype,y.values)}var th={kernelName:ur,backendName:"cpu",kernelFunc:dv};function fv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,dy:s}=e,{strides:a,pad:i,filterShape:c}=n;L([r,s],"conv3dBackpropFilterV2");let l=C.computeStrides(r.shape),u=C.computeStrides(s.shape),p=w.computeConv3DInfo(r.shape,c,a,1,i),d=p.strideDepth,f=p.strideHeight,h=p.strideWidth,m=p.filterDepth,g=p.filterHeight,A=p.filterWidth,x=new be(p.filterShape,"float32"),b=x.values,[y,I,k,S]=x.strides,E=t.data.get(s.dataId).values,[_,v,B,N]=u,T=t.data.get(r.dataId).values,[F,D,O,M]=l,$=p.padInfo.front,P=p.padInfo.left,Q=p.padInfo.top;for(let V=0;V<m;++V){let W=Math.max(0,Math.ceil(($-V)/d)),z=Math.min(p.outDepth,(p.inDepth+$-V)/d),H=V*y;for(let G=0;G<g;++G){let q=Math.max(0,Math.ceil((Q-G)/f)),j=Math.min(p.outHeight,(p.inHeight+Q-G)/f),X=G*I+H;for(let Z=0;Z<A;++Z){let re=Math.max(0,Math.ceil((P-Z)/h)),ne=Math.min(p.outWidth,(p.inWidth+P-Z)/h),le=Z*k+X;for(let oe=0;oe<p.inChannels;++oe){let he=oe*S+le;for(let de=0;de<p.outChannels;++de){let fe=0;for(let Ae=0;Ae<p.batchSize;++Ae){let me=Ae*F,Ye=Ae*_;for(let Se=W;Se<z;++Se){let Je=(V+Se*d-$)*D+me,oo=Se*v+Ye;for(let ut=q;ut<j;++ut){let Mt=(G+ut*f-Q)*O+Je,Qt=ut*B+oo;for(let Ut=re;Ut<ne;++Ut){let xl=(Z+Ut*h-P)*M+Mt,Cl=Ut*N+Qt;fe+=T[xl+oe]*E[Cl+de]}}}}b[he+de]=fe}}}}}return t.makeTensorInfo(x.shape,x.dtype,x.values)}var oh={kernelName:pr,backendName:"cpu",kernelFunc:fv};function hv(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,filter:s}=e,{pad:a,strides:i,inputShape:c}=n;L([r],"conv3dBackpropInputV2");let l=C.computeStrides(r.shape),u=C.computeStrides(s.shape),p=w.computeConv3DInfo(c,s.shape,i,1,a),d=new be(p.inShape,"float32"),f=d.values,[h,m,g,A]=d.strides,x=t.data.get(r.dataId).values,[b,y,I,k]=l,S=t.data.get(s.dataId).values,[E,_,v,B]=u,{batchSize:N,filterDepth:T,filterHeight:F,filterWidth:D,inChannels:O,inDepth:M,inHeight:$,inWidth:P,outChannels:Q,outDepth:V,outHeight:W,outWidth:z,strideDepth:H,strideHeight:G,strideWidth:q}=p,j=T-1-p.padInfo.front,X=F-1-p.padInfo.top,Z=D-1-p.padInfo.left;for(let re=0;re<N;++re)for(let ne=0;ne<O;++ne)for(let le=0;le<M;++le){let oe=le-j,he=Math.max(0,Math.ceil(oe/H)),de=Math.min(V,(T+oe)/H);for(let fe=0;fe<$;++fe){let Ae=fe-X,me=Math.max(0,Math.ceil(Ae/G)),Ye=Math.min(W,(F+Ae)/G);for(let Se=0;Se<P;++Se){let lt=Se-Z,Je=Math.max(0,Math.ceil(lt/q)),oo=Math.min(z,(D+lt)/q),ut=0;for(let _t=he;_t<de;++_t){let Mt=_t*H-oe;for(let Qt=me;Qt<Ye;++Qt){let Ut=Qt*G-Ae;for(let zn=Je;zn<oo;++zn){let xl=zn*q-lt,Cl=b*re+y*_t+I*Qt+k*zn,uI=E*(T-1-Mt)+_*(F-1-Ut)+v*(D-1-xl)+B*ne;for(let va=0;va<Q;++va){let pI=x[Cl+va],dI=S[uI+va];ut+=pI*dI}}}}f[h*re+m*le+g*fe+A*Se+ne]=ut}}}return t.makeTensorInfo(d.shape,d.dtype,d.values)}var nh={kernelName:dr,backendName:"cpu",kernelFunc:hv};var mv=ee("Cos",o=>Math.cos(o)),rh={kernelName:"Cos",backendName:"cpu",kernelFunc:mv};var gv=ee(Qo,o=>Math.cosh(o)),sh={kernelName:Qo,backendName:"cpu",kernelFunc:gv};function Av(o){let{inputs:e,backend:t,attrs:n}=o,{image:r,boxes:s,boxInd:a}=e,{cropSize:i,method:c,extrapolationValue:l}=n,[u,p,d,f]=r.shape,h=s.shape[0],[m,g]=i,A=ae([h,m,g,f],"float32"),x=t.data.get(s.dataId).values,b=t.data.get(a.dataId).values,y=t.data.get(r.dataId).values,I=C.computeStrides(r.shape),k=C.computeStrides(A.shape);for(let S=0;S<h;S++){let E=S*4,_=x[E],v=x[E+1],B=x[E+2],N=x[E+3],T=b[S];if(T>=u)continue;let F=m>1?(B-_)*(p-1)/(m-1):0,D=g>1?(N-v)*(d-1)/(g-1):0;for(let O=0;O<m;O++){let M=m>1?_*(p-1)+O*F:.5*(_+B)*(p-1);if(M<0||M>p-1){for(let $=0;$<g;$++)for(let P=0;P<f;P++){let Q=P+$*k[2]+O*k[1]+S*k[0];A.values[Q]=l}continue}if(c==="bilinear"){let $=Math.floor(M),P=Math.ceil(M),Q=M-$;for(let V=0;V<g;V++){let W=g>1?v*(d-1)+V*D:.5*(v+N)*(d-1);if(W<0||W>d-1){for(let q=0;q<f;q++){let j=q+V*k[2]+O*k[1]+S*k[0];A.values[j]=l}continue}let z=Math.floor(W),H=Math.ceil(W),G=W-z;for(let q=0;q<f;q++){let j=q+z*I[2]+$*I[1]+T*I[0],X=y[j];j=q+H*I[2]+$*I[1]+T*I[0];let Z=y[j];j=q+z*I[2]+P*I[1]+T*I[0];let re=y[j];j=q+H*I[2]+P*I[1]+T*I[0];let ne=y[j],le=X+(Z-X)*G,oe=re+(ne-re)*G;j=q+V*k[2]+O*k[1]+S*k[0],A.values[j]=le+(oe-le)*Q}}}else for(let $=0;$<g;++$){let P=g>1?v*(d-1)+$*D:.5*(v+N)*(d-1);if(P<0||P>d-1){for(let W=0;W<f;W++){let z=W+$*k[2]+O*k[1]+S*k[0];A.values[z]=l}continue}let Q=Math.round(P),V=Math.round(M);for(let W=0;W<f;W++){let z=W+Q*I[2]+V*I[1]+T*I[0],H=W+$*k[2]+O*k[1]+S*k[0];A.values[H]=y[z]}}}}return t.makeTensorInfo(A.shape,A.dtype,A.values)}var ah={kernelName:mr,backendName:"cpu",kernelFunc:Av};function xv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,exclusive:a,reverse:i}=n;L(r,"cumprod");let c=w.getAxesPermutation([s],r.shape.length),l=r;c!=null&&(l=ke({inputs:{x:r},backend:t,attrs:{perm:c}}));let u=w.getInnerMostAxes(1,r.shape.length)[0];if(u!==l.shape.length-1)throw new Error(`backend.cumprod in CPU expects an inner-most axis=${l.shape.length-1} but got axis=${u}`);let p=Pe(l.dtype,"int32"),d=C.makeOnesTypedArray(C.sizeFromShape(l.shape),p),f=t.data.get(l.dataId).values,h=l.shape[l.shape.length-1],m=i?(A,x)=>A+h-x-1:(A,x)=>A+x;for(let A=0;A<f.length;A+=h)for(let x=0;x<h;x++){let b=m(A,x);if(x===0)d[b]=a?1:f[b];else{let y=m(A,x-1);d[b]=a?f[y]*d[y]:f[b]*d[y]}}let g=t.makeTensorInfo(l.shape,p,d);if(c!=null){let A=w.getUndoAxesPermutation(c),x=ke({inputs:{x:g},backend:t,attrs:{perm:A}});return t.disposeIntermediateTensorInfo(g),t.disposeIntermediateTensorInfo(l),x}return g}var ih={kernelName:fr,backendName:"cpu",kernelFunc:xv};function Cv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,exclusive:a,reverse:i}=n;L(r,"cumsum");let c=w.getAxesPermutation([s],r.shape.length),l=r;c!=null&&(l=ke({inputs:{x:r},backend:t,attrs:{perm:c}}));let u=w.getInnerMostAxes(1,r.shape.length)[0];if(u!==l.shape.length-1)throw new Error(`backend.cumsum in CPU expects an inner-most axis=${l.shape.length-1} but got axis=${u}`);let p=Pe(l.dtype,"int32"),d=C.makeZerosTypedArray(C.sizeFromShape(l.shape),p),f=t.data.get(l.dataId).values,h=l.shape[l.shape.length-1],m=i?(A,x)=>A+h-x-1:(A,x)=>A+x;for(let A=0;A<f.length;A+=h)for(let x=0;x<h;x++){let b=m(A,x);if(x===0)d[b]=a?0:f[b];else{let y=m(A,x-1);d[b]=a?f[y]+d[y]:f[b]+d[y]}}let g=t.makeTensorInfo(l.shape,p,d);if(c!=null){let A=w.getUndoAxesPermutation(c),x=ke({inputs:{x:g},backend:t,attrs:{perm:A}});return t.disposeIntermediateTensorInfo(g),t.disposeIntermediateTensorInfo(l),x}return g}var ch={kernelName:hr,backendName:"cpu",kernelFunc:Cv};function bv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,weights:s}=e,{size:a,binaryOutput:i}=n;if(r.shape.length===1){let c=t.data.get(r.dataId).values,l=t.data.get(s.dataId).values,u=La(c,l,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,u)}else if(r.shape.length===2){let c=t.bufferSync(r),l=t.bufferSync(s),u=wd(c,l,a,i);return t.makeTensorInfo(u.shape,s.dtype,u.values)}throw new Error(`Error in denseBincount: input must be at most rank 2, but got rank${r.shape.length}.`)}var lh={kernelName:gr,backendName:"cpu",kernelFunc:bv};function yv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{blockSize:s,dataFormat:a}=n;C.assert(a==="NHWC",()=>`Only NHWC dataFormat supported on CPU for depthToSpace. Got ${a}`);let i=r.shape[0],c=r.shape[1],l=r.shape[2],u=r.shape[3],p=c*s,d=l*s,f=u/(s*s),h=t.data.get(r.dataId).values,m=new Float32Array(i*p*d*f),g=0;for(let A=0;A<i;++A)for(let x=0;x<p;++x){let b=Math.floor(x/s),y=x%s;for(let I=0;I<d;++I){let k=Math.floor(I/s),S=I%s,E=(y*s+S)*f;for(let _=0;_<f;++_){let B=_+E+u*(k+l*(b+c*A));m[g++]=h[B]}}}return t.makeTensorInfo([i,p,d,f],r.dtype,m)}var uh={kernelName:Ar,backendName:"cpu",kernelFunc:yv};function Su(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s}=e,{strides:a,pad:i,dilations:c,dimRoundingMode:l}=n;L([r,s],"depthwiseConv2DNative");let u=C.computeStrides(r.shape),p=C.computeStrides(s.shape),d=c;d==null&&(d=[1,1]),C.assert(w.eitherStridesOrDilationsAreOne(a,d),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${a} and dilations '${d}'`);let f=w.computeConv2DInfo(r.shape,s.shape,a,d,i,l,!0),{filterHeight:h,filterWidth:m,dilationHeight:g,dilationWidth:A,padInfo:x}=f,b=x.left,y=x.top,I=f.outChannels/f.inChannels,k=new be(f.outShape,r.dtype),S=t.data.get(r.dataId).values,E=t.data.get(s.dataId).values,_=k.values;for(let v=0;v<f.batchSize;++v){let B=v*u[0],N=v*k.strides[0];for(let T=0;T<f.outHeight;++T){let F=N+T*k.strides[1],D=T*f.strideHeight-y;for(let O=0;O<h;++O){let M=D+O*g;if(M<0||M>=f.inHeight)continue;let $=O*p[0],P=B+M*u[1];for(let Q=0;Q<f.outWidth;++Q){let V=F+Q*k.strides[2],W=Q*f.strideWidth-b;for(let z=0;z<m;++z){let H=W+z*A;if(H<0||H>=f.inWidth)continue;let G=$+z*p[1],q=P+H*f.inChannels,j=V,X=G;for(let Z=0;Z<f.inChannels;++Z){let re=S[q+Z];for(let ne=0;ne<I;++ne)_[j+ne]+=re*E[X+ne];j+=I,X+=I}}}}}}return t.makeTensorInfo(k.shape,k.dtype,k.values)}var ph={kernelName:xr,backendName:"cpu",kernelFunc:Su};function wv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,dy:s}=e,{strides:a,dilations:i,pad:c,dimRoundingMode:l,filterShape:u}=n;L([r,s],"depthwiseConv2dNativeBackpropFilter");let p=w.computeConv2DInfo(r.shape,u,a,i,c,l,!0),{strideHeight:d,strideWidth:f,filterHeight:h,filterWidth:m}=p,g=new be(p.filterShape,"float32"),A=p.padInfo.left,x=p.padInfo.top,b=p.outChannels/p.inChannels,y=t.data.get(r.dataId).values,I=new be(r.shape,r.dtype,y),k=t.data.get(s.dataId).values,S=new be(s.shape,s.dtype,k);for(let E=0;E<h;++E){let _=Math.max(0,Math.ceil((x-E)/d)),v=Math.min(p.outHeight,(p.inHeight+x-E)/d);for(let B=0;B<m;++B){let N=Math.max(0,Math.ceil((A-B)/f)),T=Math.min(p.outWidth,(p.inWidth+A-B)/f);for(let F=0;F<p.outChannels;++F){let D=Math.trunc(F/b),O=F%b,M=0;for(let $=0;$<p.batchSize;++$)for(let P=_;P<v;++P){let Q=E+P*d-x;for(let V=N;V<T;++V){let W=B+V*f-A;M+=I.get($,Q,W,D)*S.get($,P,V,F)}}g.set(M,E,B,D,O)}}}return t.makeTensorInfo(g.shape,g.dtype,g.values)}var dh={kernelName:Cr,backendName:"cpu",kernelFunc:wv};function Iv(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,filter:s}=e,{strides:a,dilations:i,pad:c,dimRoundingMode:l,inputShape:u}=n;L([r,s],"depthwiseConv2DNativeBackpropInput");let p=C.computeStrides(r.shape),d=C.computeStrides(s.shape),f=w.computeConv2DInfo(u,s.shape,a,i,c,l,!0),h=new be(f.inShape,"float32"),m=h.values,[g,A,x]=h.strides,b=t.data.get(r.dataId).values,[y,I,k]=p,S=t.data.get(s.dataId).values,[E,_,v]=d,{batchSize:B,filterHeight:N,filterWidth:T,inChannels:F,inHeight:D,inWidth:O,outChannels:M,outHeight:$,outWidth:P,strideHeight:Q,strideWidth:V}=f,W=N-1-f.padInfo.top,z=T-1-f.padInfo.left,H=M/F;for(let G=0;G<B;++G)for(let q=0;q<F;++q)for(let j=0;j<D;++j){let X=j-W,Z=Math.max(0,Math.ceil(X/Q)),re=Math.min($,(N+X)/Q);for(let ne=0;ne<O;++ne){let le=ne-z,oe=Math.max(0,Math.ceil(le/V)),he=Math.min(P,(T+le)/V),de=0;for(let fe=Z;fe<re;++fe){let Ae=fe*Q-X;for(let me=oe;me<he;++me){let Ye=me*V-le,Se=y*G+I*fe+k*me,lt=E*(N-1-Ae)+_*(T-1-Ye)+v*q;for(let Je=0;Je<H;++Je){let oo=q*H+Je,ut=b[Se+oo],_t=S[lt+Je];de+=ut*_t}}}m[g*G+A*j+x*ne+q]=de}}return t.makeTensorInfo(h.shape,h.dtype,h.values)}var fh={kernelName:br,backendName:"cpu",kernelFunc:Iv};function kv(o){let{inputs:e,backend:t}=o,{x:n}=e,r=C.sizeFromShape(n.shape),s=t.data.get(n.dataId).values,a=ae([r,r],n.dtype),i=a.values;for(let l=0;l<s.length;l++)i[l*r+l]=s[l];let c=[...n.shape,...n.shape];return t.makeTensorInfo(c,a.dtype,a.values)}var hh={kernelName:yr,backendName:"cpu",kernelFunc:kv};var mh={kernelName:wr,backendName:"cpu",kernelFunc:({inputs:o,backend:e,attrs:t})=>{let{x:n,filter:r}=o,{strides:s,pad:a,dilations:i}=t,c=e,l=c.data.get(n.dataId).values,u=n.shape.length,p=c.data.get(r.dataId).values,d=r.shape.length,{batchSize:f,inHeight:h,inWidth:m,inChannels:g,outHeight:A,outWidth:x,padInfo:b,strideHeight:y,strideWidth:I,filterHeight:k,filterWidth:S,dilationHeight:E,dilationWidth:_,outShape:v}=w.computeDilation2DInfo(n.shape,r.shape,s,a,"NHWC",i),B=C.sizeFromShape(v),N=v.length,T=C.getArrayFromDType(n.dtype,B);for(let D=0;D<f;++D)for(let O=0;O<A;++O){let M=O*y-b.top;for(let $=0;$<x;++$){let P=$*I-b.left;for(let Q=0;Q<g;++Q){let V=Number.MIN_SAFE_INTEGER;for(let z=0;z<k;++z){let H=M+z*E;if(H>=0&&H<h)for(let G=0;G<S;++G){let q=P+G*_;if(q>=0&&q<m){let j=C.locToIndex([D,H,q,Q],u,C.computeStrides(n.shape)),X=C.locToIndex([z,G,Q],d,C.computeStrides(r.shape)),Z=l[j]+p[X];Z>V&&(V=Z)}}}let W=C.locToIndex([D,O,$,Q],N,C.computeStrides(v));T[W]=V}}}return{dataId:c.write(C.toTypedArray(T,n.dtype),v,n.dtype),shape:v,dtype:n.dtype}}};var gh={kernelName:Ra,backendName:"cpu",kernelFunc:({inputs:o,backend:e,attrs:t})=>{let{x:n,filter:r,dy:s}=o,{strides:a,pad:i,dilations:c}=t,l=e,u=C.toNestedArray(n.shape,l.data.get(n.dataId).values),p=C.toNestedArray(r.shape,l.data.get(r.dataId).values),{batchSize:d,inHeight:f,inWidth:h,inChannels:m,outHeight:g,outWidth:A,padInfo:x,strideHeight:b,strideWidth:y,filterHeight:I,filterWidth:k,dilationHeight:S,dilationWidth:E,outShape:_}=w.computeDilation2DInfo(n.shape,r.shape,a,i,"NHWC",c);C.assert(s.rank===_.length,()=>`Error in ${Ra}, dy must have the same rank as output ${_.length}, but got ${s.rank}`);let v=C.toNestedArray(_,l.data.get(s.dataId).values),B=C.makeZerosNestedTypedArray(r.shape,r.dtype);for(let T=0;T<d;++T)for(let F=0;F<g;++F){let D=F*b-x.top;for(let O=0;O<A;++O){let M=O*y-x.left;for(let $=0;$<m;++$){let P=Number.MIN_SAFE_INTEGER,Q=0,V=0;for(let W=0;W<I;++W){let z=D+W*S;if(z>=0&&z<f)for(let H=0;H<k;++H){let G=M+H*E;if(G>=0&&G<h){let q=u[T][z][G][$]+p[W][H][$];q>P&&(P=q,Q=W,V=H)}}}B[Q][V][$]+=v[T][F][O][$]}}}return{dataId:l.write(C.toTypedArray(B,n.dtype),r.shape,r.dtype),shape:r.shape,dtype:r.dtype}}};var Ah={kernelName:$a,backendName:"cpu",kernelFunc:({inputs:o,backend:e,attrs:t})=>{let{x:n,filter:r,dy:s}=o,{strides:a,pad:i,dilations:c}=t,l=e,u=C.toNestedArray(n.shape,l.data.get(n.dataId).values),p=C.toNestedArray(r.shape,l.data.get(r.dataId).values),{batchSize:d,inHeight:f,inWidth:h,inChannels:m,outHeight:g,outWidth:A,padInfo:x,strideHeight:b,strideWidth:y,filterHeight:I,filterWidth:k,dilationHeight:S,dilationWidth:E,outShape:_}=w.computeDilation2DInfo(n.shape,r.shape,a,i,"NHWC",c);C.assert(s.rank===_.length,()=>`Error in ${$a}, dy must have the same rank as output ${_.length}, but got ${s.rank}`);let v=C.toNestedArray(_,l.data.get(s.dataId).values),B=C.makeZerosNestedTypedArray(n.shape,n.dtype);for(let T=0;T<d;++T)for(let F=0;F<g;++F){let D=F*b-x.top;for(let O=0;O<A;++O){let M=O*y-x.left;for(let $=0;$<m;++$){let P=Number.MIN_SAFE_INTEGER,Q=D<0?0:D,V=M<0?0:M;for(let W=0;W<I;++W){let z=D+W*S;if(z>=0&&z<f)for(let H=0;H<k;++H){let G=M+H*E;if(G>=0&&G<h){let q=u[T][z][G][$]+p[W][H][$];q>P&&(P=q,Q=z,V=G)}}}B[T][Q][V][$]+=v[T][F][O][$]}}}return{dataId:l.write(C.toTypedArray(B,n.dtype),n.shape,n.dtype),shape:n.shape,dtype:n.dtype}}};function Sv(o){let{inputs:e,backend:t,attrs:n}=o,{image:r}=e,{canvas:s,options:a}=n,{contextOptions:i,imageOptions:c}=a||{},l=c?.alpha||1,u=i?.contextType||"2d";if(u!=="2d")throw new Error(`Context type ${i.contextType} is not supported by the CPU backend.`);let p=s.getContext(u,i?.contextAttributes||{});if(p==null)throw new Error(`Could not get the context with ${u} type.`);let[d,f]=r.shape.slice(0,2),h=r.shape.length===2?1:r.shape[2],m=t.data.get(r.dataId).values,g=r.dtype==="float32"?255:1,A=new Uint8ClampedArray(f*d*4);for(let b=0;b<d*f;++b){let y=[0,0,0,255*l];for(let k=0;k<h;k++){let S=m[b*h+k];if(r.dtype==="float32"){if(S<0||S>1)throw new Error(`Tensor values for a float32 Tensor must be in the range [0 - 1] but encountered ${S}.`)}else if(r.dtype==="int32"&&(S<0||S>255))throw new Error(`Tensor values for a int32 Tensor must be in the range [0 - 255] but encountered ${S}.`);h===1?(y[0]=S*g,y[1]=S*g,y[2]=S*g):y[k]=S*g}let I=b*4;A[I+0]=Math.round(y[0]),A[I+1]=Math.round(y[1]),A[I+2]=Math.round(y[2]),A[I+3]=Math.round(y[3])}s.width=f,s.height=d;let x=new ImageData(A,f,d);return p.putImageData(x,0,0),r}var xh={kernelName:El,backendName:"cpu",kernelFunc:Sv};function Nt(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n;L(r,"sum");let i;r.dtype==="bool"?i=mn({inputs:{x:r},backend:t,attrs:{dtype:"int32"}}):i=Ge({inputs:{x:r},backend:t});let c=i.shape.length,l=C.parseAxisParam(s,i.shape),u=w.getAxesPermutation(l,c),p=l,d=i;u!=null&&(d=ke({inputs:{x:i},backend:t,attrs:{perm:u}}),p=w.getInnerMostAxes(p.length,c)),w.assertAxesAreInnerMostDims("sum",p,d.shape.length);let[f,h]=w.computeOutAndReduceShapes(d.shape,p),m=w.upcastType(d.dtype,"int32"),g=Ad(t,f,m),A=C.sizeFromShape(h),x=t.data.get(g.dataId).values,b=t.data.get(d.dataId).values;for(let y=0;y<x.length;++y){let I=y*A,k=0;for(let S=0;S<A;++S)k+=b[I+S];x[y]=k}if(a){let y=w.expandShapeToKeepDim(g.shape,l),I=g;g=se({inputs:{x:g},backend:t,attrs:{shape:y}}),t.disposeIntermediateTensorInfo(I)}return t.disposeIntermediateTensorInfo(i),u!=null&&t.disposeIntermediateTensorInfo(d),g}var Ch={kernelName:"Sum",backendName:"cpu",kernelFunc:Nt};function Ev(o){let{inputs:e,backend:t,attrs:n}=o,{equation:r}=n,s=e,{allDims:a,summedDims:i,idDims:c}=w.decodeEinsumEquation(r,s.length);w.checkEinsumDimSizes(a.length,c,s);let{path:l,steps:u}=w.getEinsumComputePath(i,c),p=u.length,d=null,f=a.length,h=[];for(let m=0;m<p;++m){for(let g of u[m]){let{permutationIndices:A,expandDims:x}=w.getEinsumPermutation(f,c[g]),b;w.isIdentityPermutation(A)?b=s[g]:(b=ke({inputs:{x:s[g]},backend:t,attrs:{perm:A}}),h.push(b));let y=b.shape.slice();for(let I=0;I<x.length;++I)y.splice(x[I],0,1);C.arraysEqual(b.shape,y)||(b=se({inputs:{x:b},backend:t,attrs:{shape:y}}),h.push(b)),d===null?d=b:(d=gn({inputs:{a:b,b:d},backend:t}),h.push(d))}m<p-1&&(l[m]>=0&&(d=Nt({inputs:{x:d},backend:t,attrs:{axis:l[m]-(a.length-f),keepDims:!1}}),h.push(d)),f--)}for(let m of h)m!==d&&t.disposeIntermediateTensorInfo(m);return d}var bh={kernelName:Ir,backendName:"cpu",kernelFunc:Ev};function _v(o){let{inputs:e,backend:t}=o,{dy:n,y:r}=e;L([n,r],"eluGrad");let s=new Float32Array(C.sizeFromShape(r.shape)),a=t.data.get(r.dataId).values,i=t.data.get(n.dataId).values;for(let c=0;c<a.length;++c){let l=a[c];l>=0?s[c]=i[c]:s[c]=i[c]*(l+1)}return t.makeTensorInfo(r.shape,"float32",s)}var yh={kernelName:kr,backendName:"cpu",kernelFunc:_v};var vv=w.ERF_P,$v=w.ERF_A1,Rv=w.ERF_A2,Nv=w.ERF_A3,Tv=w.ERF_A4,Dv=w.ERF_A5,Bv=ee("Erf",o=>{let e=Math.sign(o),t=Math.abs(o),n=1/(1+vv*t);return e*(1-((((Dv*n+Tv)*n+Nv)*n+Rv)*n+$v)*n*Math.exp(-t*t))}),wh={kernelName:"Erf",backendName:"cpu",kernelFunc:Bv};function xn(o){let{inputs:e,backend:t,attrs:n}=o,{input:r}=e,{dim:s}=n,a=r.shape.length,i=r.shape.slice(),c=s;return s<0&&(C.assert(-(a+1)<=s,()=>`Axis must be in the interval [${-(a+1)}, ${a}]`),c=a+s+1),i.splice(c,0,1),se({inputs:{x:r},backend:t,attrs:{shape:i}})}var Ih={kernelName:Sr,backendName:"cpu",kernelFunc:xn};var Fv=ze((o,e)=>o/e),Ks=rt(Uo,Fv),Xs={kernelName:Uo,backendName:"cpu",kernelFunc:Ks};function za(o,e,t){let n=o.shape,r=n[0],s=n[1],a=t.data.get(o.dataId),i=a.complexTensorInfos.real,c=a.complexTensorInfos.imag,l=[r,s],u=C.sizeFromShape(l),p=C.getTypedArrayFromDType("float32",u),d=C.getTypedArrayFromDType("float32",u);for(let g=0;g<r;g++){let A=pt({inputs:{x:i},backend:t,attrs:{begin:[g,0],size:[1,s]}}),x=pt({inputs:{x:c},backend:t,attrs:{begin:[g,0],size:[1,s]}}),b=We({inputs:{real:A,imag:x},backend:t}),{real:y,imag:I}=Pv(b,e,t),k=w.mergeRealAndImagArrays(y,I);for(let S=0;S<s;S++){let E=w.getComplexWithIndex(k,S);p[g*s+S]=E.real,d[g*s+S]=E.imag}t.disposeIntermediateTensorInfo(A),t.disposeIntermediateTensorInfo(x),t.disposeIntermediateTensorInfo(b)}let f=t.makeTensorInfo(l,"float32",p),h=t.makeTensorInfo(l,"float32",d),m=We({inputs:{real:f,imag:h},backend:t});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(h),m}function Pv(o,e,t){let n=C.sizeFromShape(o.shape),r=t.data.get(o.dataId),s=t.data.get(r.complexTensorInfos.real.dataId).values,a=t.data.get(r.complexTensorInfos.imag.dataId).values;if(Ov(n)){let i=Eu(s,a,n,e,t),c=[o.shape[0],o.shape[1]];if(e){let l=t.makeTensorInfo(c,"float32",i.real),u=t.makeTensorInfo(c,"float32",i.imag),p=t.makeTensorInfo([],"float32",C.createScalarValue(n,"float32")),d=Ge({inputs:{x:p},backend:t}),f=Xs.kernelFunc({inputs:{a:l,b:p},backend:t}),h=Xs.kernelFunc({inputs:{a:u,b:d},backend:t}),m=t.data.get(f.dataId).values,g=t.data.get(h.dataId).values;return t.disposeIntermediateTensorInfo(l),t.disposeIntermediateTensorInfo(u),t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(h),{real:m,imag:g}}return i}else{let i=w.mergeRealAndImagArrays(s,a),c=Lv(i,n,e);return w.splitRealAndImagArrays(c)}}function Ov(o){return(o&o-1)===0}function Eu(o,e,t,n,r){if(t===1)return{real:o,imag:e};let s=w.mergeRealAndImagArrays(o,e),a=t/2,i=w.complexWithEvenIndex(s),c=i.real,l=i.imag,u=[c.length],p=r.makeTensorInfo(u,"float32",c),d=r.makeTensorInfo(u,"float32",l),f=We({inputs:{real:p,imag:d},backend:r}),h=w.complexWithOddIndex(s),m=h.real,g=h.imag,A=[m.length],x=r.makeTensorInfo(A,"float32",m),b=r.makeTensorInfo(A,"float32",g),y=We({inputs:{real:x,imag:b},backend:r}),I=Eu(c,l,a,n,r),k=I.real,S=I.imag,E=[k.length],_=r.makeTensorInfo(E,"float32",k),v=r.makeTensorInfo(E,"float32",S),B=We({inputs:{real:_,imag:v},backend:r}),N=Eu(m,g,a,n,r),T=N.real,F=N.imag,D=[T.length],O=r.makeTensorInfo(D,"float32",T),M=r.makeTensorInfo(D,"float32",F),$=We({inputs:{real:O,imag:M},backend:r}),P=w.exponents(t,n),Q=[P.real.length],V=r.makeTensorInfo(Q,"float32",P.real),W=r.makeTensorInfo(Q,"float32",P.imag),z=We({inputs:{real:V,imag:W},backend:r}),H=gn({inputs:{a:z,b:$},backend:r}),G=$t({inputs:{a:B,b:H},backend:r}),q=Qa({inputs:{a:B,b:H},backend:r}),j=vt({inputs:{input:G},backend:r}),X=vt({inputs:{input:q},backend:r}),Z=Ct({inputs:{input:G},backend:r}),re=Ct({inputs:{input:q},backend:r}),ne=Wt({inputs:[j,X],backend:r,attrs:{axis:0}}),le=Wt({inputs:[Z,re],backend:r,attrs:{axis:0}}),oe=r.data.get(ne.dataId).values,he=r.data.get(le.dataId).values;return r.disposeIntermediateTensorInfo(p),r.disposeIntermediateTensorInfo(d),r.disposeIntermediateTensorInfo(f),r.disposeIntermediateTensorInfo(x),r.disposeIntermediateTensorInfo(b),r.disposeIntermediateTensorInfo(y),r.disposeIntermediateTensorInfo(_),r.disposeIntermediateTensorInfo(v),r.disposeIntermediateTensorInfo(B),r.disposeIntermediateTensorInfo(O),r.disposeIntermediateTensorInfo(M),r.disposeIntermediateTensorInfo($),r.disposeIntermediateTensorInfo(V),r.disposeIntermediateTensorInfo(W),r.disposeIntermediateTensorInfo(z),r.disposeIntermediateTensorInfo(H),r.disposeIntermediateTensorInfo(G),r.disposeIntermediateTensorInfo(q),r.disposeIntermediateTensorInfo(j),r.disposeIntermediateTensorInfo(Z),r.disposeIntermediateTensorInfo(X),r.disposeIntermediateTensorInfo(re),r.disposeIntermediateTensorInfo(ne),r.disposeIntermediateTensorInfo(le),{real:oe,imag:he}}function Lv(o,e,t){let n=new Float32Array(e*2);for(let r=0;r<e;r++){let s=0,a=0;for(let i=0;i<e;i++){let c=w.exponent(r*i,e,t),l=w.getComplexWithIndex(o,i);s+=l.real*c.real-l.imag*c.imag,a+=l.real*c.imag+l.imag*c.real}t&&(s/=e,a/=e),w.assignToTypedArray(n,s,a,r)}return n}function Mv(o){let{inputs:e,backend:t}=o,{input:n}=e,r=C.sizeFromShape(n.shape),s=n.shape[n.shape.length-1],a=r/s,i=se({inputs:{x:n},backend:t,attrs:{shape:[a,s]}}),c=za(i,!1,t),l=se({inputs:{x:c},backend:t,attrs:{shape:n.shape}});return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(c),l}var kh={kernelName:"FFT",backendName:"cpu",kernelFunc:Mv};function js(o){let{backend:e,attrs:t}=o,{shape:n,value:r,dtype:s}=t,a=s||C.inferDtype(r),i=C.getArrayFromDType(a,C.sizeFromShape(n));return Qv(i,r,a),e.makeTensorInfo(n,a,i)}var Sh={kernelName:_r,backendName:"cpu",kernelFunc:js};function Qv(o,e,t){o.fill(e)}var Eh={kernelName:vr,backendName:"cpu",kernelFunc:({inputs:o,attrs:e,backend:t})=>{let{image:n}=o,r=t,s=C.getTypedArrayFromDType(n.dtype,C.sizeFromShape(n.shape)),[a,i,c,l]=n.shape,u=r.data.get(n.dataId).values;for(let d=0;d<a;d++){let f=d*c*i*l;for(let h=0;h<i;h++){let m=h*(c*l);for(let g=0;g<c;g++){let A=g*l;for(let x=0;x<l;x++){let b=Math.round(c-g-1),y=f+m+A+x,I=u[y];if(b>=0&&b<c){let k=b*l,S=f+m+k+x;I=u[S]}s[y]=I}}}}return{dataId:r.write(s,n.shape,n.dtype),shape:n.shape,dtype:n.dtype}}};function Uv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s,bias:a,preluActivationWeights:i}=e,{strides:c,pad:l,dataFormat:u,dilations:p,dimRoundingMode:d,activation:f,leakyreluAlpha:h}=n,m=ku({inputs:{x:r,filter:s},backend:t,attrs:{strides:c,pad:l,dataFormat:u,dilations:p,dimRoundingMode:d}});if(a){let g=m;if(u==="NCHW"&&a.shape.length===1&&a.shape[0]!==1){let A=se({inputs:{x:a},backend:t,attrs:{shape:[a.shape[0],1,1]}});m=$t({inputs:{a:m,b:A},backend:t}),t.disposeIntermediateTensorInfo(A)}else m=$t({inputs:{a:m,b:a},backend:t});t.disposeIntermediateTensorInfo(g)}if(f){let g=m;if(u==="NCHW"&&f==="prelu"&&i.shape.length===1&&i.shape[0]!==1){let A=se({inputs:{x:i},backend:t,attrs:{shape:[i.shape[0],1,1]}});m=lo(t,m,f,A,h),t.disposeIntermediateTensorInfo(A)}else m=lo(t,m,f,i,h);t.disposeIntermediateTensorInfo(g)}return m}var _h={kernelName:Ms,backendName:"cpu",kernelFunc:Uv};function Vv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s,bias:a,preluActivationWeights:i}=e,{strides:c,pad:l,dataFormat:u,dilations:p,dimRoundingMode:d,activation:f,leakyreluAlpha:h}=n,m=Su({inputs:{x:r,filter:s},backend:t,attrs:{strides:c,pad:l,dataFormat:u,dilations:p,dimRoundingMode:d}});if(a){let g=m;m=$t({inputs:{a:m,b:a},backend:t}),t.disposeIntermediateTensorInfo(g)}if(f){let g=m;m=lo(t,m,f,i,h),t.disposeIntermediateTensorInfo(g)}return m}var vh={kernelName:Qs,backendName:"cpu",kernelFunc:Vv};function zv(o){let{inputs:e,backend:t}=o,{params:n,indices:r}=e,s=C.sizeFromShape(n.shape),a=r.shape,i=a[a.length-1],[c,l,u,p]=w.prepareAndValidate(n,r);if(l===0)return t.makeTensorInfo(c,n.dtype,[]);let d=t.data.get(r.dataId).values,f=t.bufferSync(n),h=Dd(d,f,n.dtype,l,i,u,p,n.shape,s);return t.makeTensorInfo(c,n.dtype,h.values)}var $h={kernelName:Nr,backendName:"cpu",kernelFunc:zv};function Wv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,indices:s}=e,{axis:a,batchDims:i}=n;L([r,s],"gatherV2");let c=C.parseAxisParam(a,r.shape)[0],l=t.data.get(s.dataId).values,u=r.shape[c];for(let y=0;y<l.length;++y){let I=l[y];C.assert(I<=u-1&&I>=0,()=>`GatherV2: the index value ${I} is not in [0, ${u-1}]`)}let p=i;i==null&&(p=0);let d=C.sizeFromShape(s.shape),f=w.segment_util.collectGatherOpShapeInfo(r,s,c,p),h=se({inputs:{x:r},backend:t,attrs:{shape:[f.batchSize,f.outerSize,f.dimSize,f.sliceSize]}}),m=se({inputs:{x:s},backend:t,attrs:{shape:[f.batchSize,d/f.batchSize]}}),g=[f.batchSize,f.outerSize,d/f.batchSize,f.sliceSize],A=t.bufferSync(m),x=t.bufferSync(h),b=Bd(x,A,g);return t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(m),t.makeTensorInfo(f.outputShape,b.dtype,b.values)}var Rh={kernelName:Rr,backendName:"cpu",kernelFunc:Wv};function Gv(o){let{inputs:e,backend:t}=o,{input:n}=e,r=C.sizeFromShape(n.shape),s=n.shape[n.shape.length-1],a=r/s,i=se({inputs:{x:n},backend:t,attrs:{shape:[a,s]}}),c=za(i,!0,t),l=se({inputs:{x:c},backend:t,attrs:{shape:n.shape}});return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(c),l}var Nh={kernelName:Tr,backendName:"cpu",kernelFunc:Gv};var Hv=ee(Wo,o=>Number.isFinite(o)?1:0,"bool"),Th={kernelName:Wo,backendName:"cpu",kernelFunc:Hv};var qv=ee(Go,o=>Math.abs(o)===1/0?1:0,"bool"),Dh={kernelName:Go,backendName:"cpu",kernelFunc:qv};var Kv=ee(Ho,o=>Number.isNaN(o)?1:0,"bool"),Bh={kernelName:Ho,backendName:"cpu",kernelFunc:Kv};function Xv(o){let{backend:e,attrs:t}=o,{start:n,stop:r,num:s}=t,a=Md(n,r,s);return e.makeTensorInfo([a.length],"float32",a)}var Fh={kernelName:Fr,backendName:"cpu",kernelFunc:Xv};var jv=ee(qo,o=>Math.log1p(o)),Ph={kernelName:qo,backendName:"cpu",kernelFunc:jv};var Yv=ze((o,e)=>o&&e),Jv=rt(Ko,Yv,null,"bool"),Oh={kernelName:Ko,backendName:"cpu",kernelFunc:Jv};var Zv=ee(Xo,o=>o?0:1,"bool"),Lh={kernelName:Xo,backendName:"cpu",kernelFunc:Zv};var e1=ze((o,e)=>o||e),t1=rt(jo,e1,null,"bool"),Mh={kernelName:jo,backendName:"cpu",kernelFunc:t1};function o1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{depthRadius:s,bias:a,alpha:i,beta:c}=n;L(r,"LRN");let l=r.shape[3],u=l-1,p=t.data.get(r.dataId).values,d=C.sizeFromShape(r.shape),f=new Float32Array(d);function h(m){let g=m%l,A=m-g+Math.max(0,g-s),x=m-g+Math.min(g+s,u),b=0;for(;A<=x;A++){let y=p[A];b+=y*y}return b}for(let m=0;m<d;m++){let g=h(m),A=p[m]*Math.pow(a+i*g,-c);f[m]=A}return t.makeTensorInfo(r.shape,r.dtype,f)}var Qh={kernelName:"LRN",backendName:"cpu",kernelFunc:o1};function n1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,y:s,dy:a}=e,{depthRadius:i,bias:c,alpha:l,beta:u}=n;L(a,"LRNGrad");let p=C.sizeFromShape(a.shape),d=a.shape[3],f=t.data.get(a.dataId).values,h=t.data.get(r.dataId).values,m=t.data.get(s.dataId).values,g=new Float32Array(p),A=p;for(let x=0;x<A;x++){let b=x%d,y=x-b+Math.max(0,b-i),I=x-b+Math.min(d,b+i+1),k=0;for(let S=y;S<I;S++)k+=Math.pow(h[S],2);k=l*k+c;for(let S=y;S<I;S++){let E=-2*l*u*h[S]*m[x]/k;x===S&&(E+=Math.pow(k,-u)),E*=f[x],g[S]+=E}}return t.makeTensorInfo(a.shape,r.dtype,g)}var Uh={kernelName:Or,backendName:"cpu",kernelFunc:n1};function _u(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{reductionIndices:s,keepDims:a}=n,i=t,c=r.shape,l=c.length,u=C.parseAxisParam(s,c),p=u,d=w.getAxesPermutation(p,l),f=i.data.get(r.dataId).values;if(d!=null){let y=new Array(l);for(let I=0;I<y.length;I++)y[I]=c[d[I]];f=qd(f,c,r.dtype,d,y),p=w.getInnerMostAxes(p.length,l),c=y}L(r,"max"),w.assertAxesAreInnerMostDims("max",p,l);let[h,m]=w.computeOutAndReduceShapes(c,p),g=C.sizeFromShape(m),A=Ud(f,g,h,r.dtype),x=i.write(A,h,r.dtype),b=h;return a&&(b=w.expandShapeToKeepDim(h,u)),{dataId:x,shape:b,dtype:r.dtype}}var Vh={kernelName:"Max",backendName:"cpu",kernelFunc:_u};function r1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e;L(r,"maxPool");let{filterSize:s,strides:a,pad:i,dimRoundingMode:c}=n,l=1;C.assert(w.eitherStridesOrDilationsAreOne(a,l),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${l}'`);let u=w.computePool2DInfo(r.shape,s,a,l,i,c),p;if(u.filterWidth===1&&u.filterHeight===1&&C.arraysEqual(u.inShape,u.outShape))p=Ge({inputs:{x:r},backend:t});else{let d=t.data.get(r.dataId).values,f=C.computeStrides(r.shape),h=An(d,r.shape,r.dtype,f,u,"max");p=t.makeTensorInfo(u.outShape,r.dtype,h.values)}return p}var zh={kernelName:Mr,backendName:"cpu",kernelFunc:r1};function s1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{filterSize:s,strides:a,pad:i,dimRoundingMode:c,dataFormat:l}=n;L(r,"maxPool3d");let u=w.computePool3DInfo(r.shape,s,a,1,i,c,l),p=t.data.get(r.dataId).values,d=Va(p,r.shape,r.dtype,C.computeStrides(r.shape),u,"max");return t.makeTensorInfo(d.shape,"float32",d.values)}var Wh={kernelName:Ur,backendName:"cpu",kernelFunc:s1};function a1(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s}=e,{filterSize:a,strides:i,pad:c,dimRoundingMode:l}=n;L([r,s],"maxPool3DGrad");let u=w.computePool3DInfo(s.shape,a,i,1,c,l),p=t.bufferSync(s),d=Mf(p,u),f=u.strideDepth,h=u.strideHeight,m=u.strideWidth,g=u.dilationDepth,A=u.dilationHeight,x=u.dilationWidth,b=u.effectiveFilterDepth,y=u.effectiveFilterHeight,I=u.effectiveFilterWidth,k=b-1-u.padInfo.front,S=I-1-u.padInfo.left,E=y-1-u.padInfo.top,_=ae(s.shape,"float32"),v=t.bufferSync(r);for(let B=0;B<u.batchSize;++B)for(let N=0;N<u.inChannels;++N)for(let T=0;T<u.inDepth;++T)for(let F=0;F<u.inHeight;++F)for(let D=0;D<u.inWidth;++D){let O=T-k,M=F-E,$=D-S,P=0;for(let Q=0;Q<b;Q+=g){let V=(O+Q)/f;if(!(V<0||V>=u.outDepth||Math.floor(V)!==V))for(let W=0;W<y;W+=A){let z=(M+W)/h;if(!(z<0||z>=u.outHeight||Math.floor(z)!==z))for(let H=0;H<I;H+=x){let G=($+H)/m;if(G<0||G>=u.outWidth||Math.floor(G)!==G)continue;let q=b*y*I-1-d.get(B,V,z,G,N),j=Q*y*I+W*I+H,X=q===j?1:0;if(X===0)continue;let Z=v.get(B,V,z,G,N);P+=Z*X}}}_.set(P,B,T,F,D,N)}return t.makeTensorInfo(_.shape,_.dtype,_.values)}var Gh={kernelName:Vr,backendName:"cpu",kernelFunc:a1};function i1(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s,output:a}=e,i=s;L([s,a],"maxPoolGrad");let{filterSize:c,strides:l,pad:u,dimRoundingMode:p}=n,d=w.computePool2DInfo(i.shape,c,l,1,u,p),f=t.data.get(i.dataId).values,h=ae(d.outShape,i.dtype,Ua(f,i.shape,i.dtype,d).values),m=d.strideHeight,g=d.strideWidth,A=d.dilationHeight,x=d.dilationWidth,b=d.effectiveFilterHeight,y=d.effectiveFilterWidth,I=y-1-d.padInfo.left,k=b-1-d.padInfo.top,S=ae(i.shape,"float32"),E=t.data.get(r.dataId).values,_=ae(r.shape,"float32",E);for(let v=0;v<d.batchSize;++v)for(let B=0;B<d.inChannels;++B)for(let N=0;N<d.inHeight;++N)for(let T=0;T<d.inWidth;++T){let F=N-k,D=T-I,O=0;for(let M=0;M<b;M+=A){let $=(F+M)/m;if(!($<0||$>=d.outHeight||Math.floor($)!==$))for(let P=0;P<y;P+=x){let Q=(D+P)/g;if(Q<0||Q>=d.outWidth||Math.floor(Q)!==Q)continue;let V=b*y-1-h.get(v,$,Q,B),W=M*y+P,z=V===W?1:0;if(z===0)continue;let H=_.get(v,$,Q,B);O+=H*z}}S.set(O,v,N,T,B)}return t.makeTensorInfo(S.shape,S.dtype,S.values)}var Hh={kernelName:Qr,backendName:"cpu",kernelFunc:i1};function qh(o,e,t,n,r){let s=C.computeStrides(e),a=An(o,e,t,s,r,"max"),i=Ua(o,e,t,r,!0,n);return[a.values,i.values]}var Kh={kernelName:zr,backendName:"cpu",kernelFunc:({inputs:o,attrs:e,backend:t})=>{let{x:n}=o,{filterSize:r,strides:s,pad:a,includeBatchInIndex:i}=e,c=t;L(n,"MaxPoolWithArgmax");let l=c.data.get(n.dataId).values,u=w.computePool2DInfo(n.shape,r,s,[1,1],a),[p,d]=qh(l,n.shape,n.dtype,i,u),f=c.write(p,u.outShape,n.dtype),h=c.write(d,u.outShape,n.dtype);return[{dataId:f,shape:u.outShape,dtype:n.dtype},{dataId:h,shape:u.outShape,dtype:"int32"}]}};function c1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n,i=C.parseAxisParam(s,r.shape),l=w.computeOutAndReduceShapes(r.shape,i)[1],u=C.sizeFromShape(l),p=[],d=t.makeTensorInfo([],"float32",new Float32Array([u]));p.push(d);let f=mn({inputs:{x:r},backend:t,attrs:{dtype:"float32"}});p.push(f);let h=Ks({inputs:{a:f,b:d},backend:t});p.push(h);let m=Nt({inputs:{x:h},backend:t,attrs:{axis:s,keepDims:a}});return p.forEach(g=>t.disposeIntermediateTensorInfo(g)),m}var Xh={kernelName:Wr,backendName:"cpu",kernelFunc:c1};function l1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n;L(r,"min");let i=C.parseAxisParam(s,r.shape),c=i,l=w.getAxesPermutation(c,r.shape.length),u=r;l!=null&&(u=ke({inputs:{x:r},backend:t,attrs:{perm:l}}),c=w.getInnerMostAxes(c.length,r.shape.length)),w.assertAxesAreInnerMostDims("min",c,u.shape.length);let[p,d]=w.computeOutAndReduceShapes(u.shape,c),f=C.sizeFromShape(d),h=C.makeZerosTypedArray(C.sizeFromShape(p),u.dtype),m=t.data.get(u.dataId).values;for(let A=0;A<h.length;++A){let x=A*f,b=m[x];for(let y=0;y<f;++y){let I=m[x+y];(Number.isNaN(I)||I<b)&&(b=I)}h[A]=b}l!=null&&t.disposeIntermediateTensorInfo(u);let g=t.makeTensorInfo(p,u.dtype,h);if(a){let A=w.expandShapeToKeepDim(p,i),x=se({inputs:{x:g},backend:t,attrs:{shape:A}});return t.disposeIntermediateTensorInfo(g),x}return g}var jh={kernelName:"Min",backendName:"cpu",kernelFunc:l1};function u1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{paddings:s,mode:a}=n;L(r,"mirrorPad");let i=s.map((b,y)=>b[0]+r.shape[y]+b[1]),c=s.map(b=>b[0]),l=s.map((b,y)=>b[0]+r.shape[y]),u=a==="reflect"?0:1,p=t.data.get(r.dataId).values,d=r.shape.length,f=C.computeStrides(r.shape),h=C.sizeFromShape(i),m=i.length,g=C.computeStrides(i),A=C.getTypedArrayFromDType(r.dtype,h);for(let b=0;b<h;b++){let y=C.indexToLoc(b,m,g);for(let k=0;k<m;k++)y[k]<c[k]?y[k]=c[k]*2-y[k]-u:y[k]>=l[k]&&(y[k]=(l[k]-1)*2-y[k]+u);y=y.map((k,S)=>k-c[S]);let I=C.locToIndex(y,d,f);A[b]=p[I]}return{dataId:t.write(A,i,r.dtype),shape:i,dtype:r.dtype}}var Yh={kernelName:Hr,backendName:"cpu",kernelFunc:u1};var p1=ze(((o,e)=>{let t=o%e;return o<0&&e<0||o>=0&&e>=0?t:(t+e)%e})),d1=rt("Mod",p1),Jh={kernelName:"Mod",backendName:"cpu",kernelFunc:d1};var em=hd(fE());function vu(o){let{inputs:e,backend:t,attrs:n}=o,{logits:r}=e,{dim:s}=n,a=r.shape.length,i=s;if(i===-1&&(i=a-1),i!==a-1)throw Error(`Softmax along a non-last dimension is not yet supported. Logits was rank ${a} and dim was ${i}`);let c=C.parseAxisParam([i],r.shape),l=_u({inputs:{x:r},backend:t,attrs:{reductionIndices:c,keepDims:!1}}),u=w.expandShapeToKeepDim(l.shape,c),p=se({inputs:{x:l},backend:t,attrs:{shape:u}}),d=Qa({inputs:{a:r,b:p},backend:t}),f=vd({inputs:{x:d},backend:t}),h=Nt({inputs:{x:f},backend:t,attrs:{axis:c,keepDims:!1}}),m=se({inputs:{x:h},backend:t,attrs:{shape:u}}),g=Ks({inputs:{a:f,b:m},backend:t});return t.disposeIntermediateTensorInfo(l),t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(m),g}var Zh={kernelName:Cs,backendName:"cpu",kernelFunc:vu};function f1(o){let{inputs:e,backend:t,attrs:n}=o,{logits:r}=e,{numSamples:s,seed:a,normalized:i}=n;L(r,"multinomial");let c=i?r:vu({inputs:{logits:r},backend:t,attrs:{dim:-1}}),l=c.shape[0],u=c.shape[1],p=t.data.get(c.dataId).values,d=[l,s],f=C.makeZerosTypedArray(C.sizeFromShape(d),"int32");for(let h=0;h<l;++h){let m=h*u,g=new Float32Array(u-1);g[0]=p[m];for(let b=1;b<g.length;++b)g[b]=g[b-1]+p[m+b];let A=em.alea(a.toString()),x=h*s;for(let b=0;b<s;++b){let y=A();f[x+b]=g.length;for(let I=0;I<g.length;I++)if(y<g[I]){f[x+b]=I;break}}}return i||t.disposeIntermediateTensorInfo(c),t.makeTensorInfo(d,"int32",f)}var tm={kernelName:qr,backendName:"cpu",kernelFunc:f1};var h1=Be.nonMaxSuppressionV3Impl;function m1(o){let{inputs:e,backend:t,attrs:n}=o,{boxes:r,scores:s}=e,{maxOutputSize:a,iouThreshold:i,scoreThreshold:c}=n;L(r,"NonMaxSuppression");let l=t.data.get(r.dataId).values,u=t.data.get(s.dataId).values,{selectedIndices:p}=h1(l,u,a,i,c);return t.makeTensorInfo([p.length],"int32",new Int32Array(p))}var om={kernelName:Kr,backendName:"cpu",kernelFunc:m1};var g1=Be.nonMaxSuppressionV4Impl;function A1(o){let{inputs:e,backend:t,attrs:n}=o,{boxes:r,scores:s}=e,{maxOutputSize:a,iouThreshold:i,scoreThreshold:c,padToMaxOutputSize:l}=n;L(r,"NonMaxSuppressionPadded");let u=t.data.get(r.dataId).values,p=t.data.get(s.dataId).values,{selectedIndices:d,validOutputs:f}=g1(u,p,a,i,c,l);return[t.makeTensorInfo([d.length],"int32",new Int32Array(d)),t.makeTensorInfo([],"int32",new Int32Array([f]))]}var nm={kernelName:Xr,backendName:"cpu",kernelFunc:A1};var x1=Be.nonMaxSuppressionV5Impl;function C1(o){let{inputs:e,backend:t,attrs:n}=o,{boxes:r,scores:s}=e,{maxOutputSize:a,iouThreshold:i,scoreThreshold:c,softNmsSigma:l}=n;L(r,"NonMaxSuppressionWithScore");let u=t.data.get(r.dataId).values,p=t.data.get(s.dataId).values,d=a,f=i,h=c,m=l,{selectedIndices:g,selectedScores:A}=x1(u,p,d,f,h,m);return[t.makeTensorInfo([g.length],"int32",new Int32Array(g)),t.makeTensorInfo([A.length],"float32",new Float32Array(A))]}var rm={kernelName:jr,backendName:"cpu",kernelFunc:C1};function b1(o){let{inputs:e,backend:t,attrs:n}=o,{indices:r}=e,{dtype:s,depth:a,onValue:i,offValue:c}=n;L(r,"oneHot");let l=C.sizeFromShape(r.shape),u=new Float32Array(l*a);u.fill(c);let p=t.data.get(r.dataId).values;for(let d=0;d<l;++d)p[d]>=0&&p[d]<a&&(u[d*a+p[d]]=i);return t.makeTensorInfo([...r.shape,a],s,u)}var sm={kernelName:Jr,backendName:"cpu",kernelFunc:b1};function Ys(o){let{inputs:e,backend:t}=o,{x:n}=e;if(n.dtype==="string")throw new Error("zerosLike is not supported for string tensors");if(n.dtype==="complex64"){let r=vt({inputs:{input:n},backend:t}),s=Ys({inputs:{x:r},backend:t}),a=Ct({inputs:{input:n},backend:t}),i=Ys({inputs:{x:a},backend:t}),c=We({inputs:{real:s,imag:i},backend:t});return t.disposeIntermediateTensorInfo(r),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(i),c}else return js({backend:t,attrs:{shape:n.shape,value:0,dtype:n.dtype}})}var am={kernelName:Ps,backendName:"cpu",kernelFunc:Ys};function im(o){let{inputs:e,backend:t}=o,{x:n}=e;if(n.dtype==="string")throw new Error("onesLike is not supported for string tensors");if(n.dtype==="complex64"){let r=vt({inputs:{input:n},backend:t}),s=im({inputs:{x:r},backend:t}),a=Ct({inputs:{input:n},backend:t}),i=Ys({inputs:{x:a},backend:t}),c=We({inputs:{real:s,imag:i},backend:t});return t.disposeIntermediateTensorInfo(r),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(i),c}else return js({backend:t,attrs:{shape:n.shape,value:1,dtype:n.dtype}})}var cm={kernelName:Yr,backendName:"cpu",kernelFunc:im};function $u(o){let{inputs:e,backend:t,attrs:n}=o,{axis:r}=n;if(e.length===1)return xn({inputs:{input:e[0]},backend:t,attrs:{dim:r}});let s=e[0].shape,a=e[0].dtype;e.forEach(u=>{C.assertShapesMatch(s,u.shape,"All tensors passed to stack must have matching shapes"),C.assert(a===u.dtype,()=>"All tensors passed to stack must have matching dtypes")});let i=[],c=e.map(u=>{let p=xn({inputs:{input:u},backend:t,attrs:{dim:r}});return i.push(p),p}),l=Wt({inputs:c,backend:t,attrs:{axis:r}});return i.forEach(u=>t.disposeIntermediateTensorInfo(u)),l}var lm={kernelName:Zr,backendName:"cpu",kernelFunc:$u};function y1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{paddings:s,constantValue:a}=n;L(r,"pad");let i=s.map((x,b)=>x[0]+r.shape[b]+x[1]),c=s.map(x=>x[0]),l=t.data.get(r.dataId).values,u=C.sizeFromShape(r.shape),p=r.shape.length,d=C.computeStrides(r.shape),f=C.sizeFromShape(i),h=i.length,m=C.computeStrides(i),g=C.getTypedArrayFromDType(r.dtype,f);a!==0&&g.fill(a);for(let x=0;x<u;x++){let y=C.indexToLoc(x,p,d).map((k,S)=>k+c[S]),I=C.locToIndex(y,h,m);g[I]=l[x]}return{dataId:t.write(g,i,r.dtype),shape:i,dtype:r.dtype}}var Wa={kernelName:es,backendName:"cpu",kernelFunc:y1};var w1=ze((o,e)=>Math.pow(o,e)),I1=rt("Pow",w1),um={kernelName:"Pow",backendName:"cpu",kernelFunc:I1};function k1(o){let{inputs:e,backend:t,attrs:n}=o,{paramsNestedSplits:r,paramsDenseValues:s,indices:a}=e,{outputRaggedRank:i}=n,c=r.map(A=>t.data.get(A.dataId).values),l=r.map(A=>A.shape),u=t.data.get(s.dataId).values,p=t.data.get(a.dataId).values,[d,f,h]=jd(c,l,u,s.shape,s.dtype,p,a.shape,i),m=d.map(A=>t.makeTensorInfo([A.length],"int32",A)),g=t.makeTensorInfo(h,s.dtype,f);return m.concat([g])}var pm={kernelName:os,backendName:"cpu",kernelFunc:k1};function S1(o){let{inputs:e,backend:t}=o,{starts:n,limits:r,deltas:s}=e,a=t.data.get(n.dataId).values,i=t.data.get(r.dataId).values,c=t.data.get(s.dataId).values,[l,u]=Yd(a,n.shape,n.dtype,i,r.shape,c,s.shape),p=t.makeTensorInfo([l.length],"int32",l),d=t.makeTensorInfo([u.length],n.dtype,u);return[p,d]}var dm={kernelName:ns,backendName:"cpu",kernelFunc:S1};function E1(o){let{inputs:e,backend:t,attrs:n}=o,{shape:r,values:s,defaultValue:a,rowPartitionTensors:i}=e,{rowPartitionTypes:c}=n,l=t.data.get(r.dataId).values,u=t.data.get(s.dataId).values,p=t.data.get(a.dataId).values,d=i.map(g=>t.data.get(g.dataId).values),f=i.map(g=>g.shape),[h,m]=Jd(l,r.shape,u,s.shape,s.dtype,p,a.shape,d,f,c);return t.makeTensorInfo(h,s.dtype,m)}var fm={kernelName:rs,backendName:"cpu",kernelFunc:E1};function _1(o){let{backend:e,attrs:t}=o,{start:n,stop:r,dtype:s,step:a}=t,i=Zd(n,r,a,s);return e.makeTensorInfo([i.length],s,i)}var hm={kernelName:ss,backendName:"cpu",kernelFunc:_1};var v1=ee(Zo,o=>1/o),mm={kernelName:Zo,backendName:"cpu",kernelFunc:v1};function $1(o){let{inputs:e,backend:t,attrs:n}=o,{images:r}=e,{alignCorners:s,halfPixelCenters:a,size:i}=n;L(r,"resizeBilinear");let c=C.computeStrides(r.shape),[l,u]=i,[p,d,f,h]=r.shape,m=t.data.get(r.dataId).values,g=new Float32Array(C.sizeFromShape([p,l,u,h])),A=[s&&l>1?d-1:d,s&&u>1?f-1:f],x=[s&&l>1?l-1:l,s&&u>1?u-1:u],b=0,y=A[0]/x[0],I=A[1]/x[1];for(let k=0;k<p;k++)for(let S=0;S<l;S++){let E;a?E=y*(S+.5)-.5:E=y*S;let _=Math.max(0,Math.floor(E)),v=E-_,B=Math.min(d-1,Math.ceil(E)),N=k*c[0]+_*c[1],T=k*c[0]+B*c[1];for(let F=0;F<u;F++){let D;a?D=I*(F+.5)-.5:D=I*F;let O=Math.max(0,Math.floor(D)),M=D-O,$=Math.min(f-1,Math.ceil(D)),P=N+O*c[2],Q=T+O*c[2],V=N+$*c[2],W=T+$*c[2];for(let z=0;z<h;z++){let H=m[P+z],G=m[Q+z],q=m[V+z],j=m[W+z],X=H+(q-H)*M,Z=G+(j-G)*M,re=X+(Z-X)*v;g[b++]=re}}}return t.makeTensorInfo([p,l,u,h],"float32",g)}var gm={kernelName:ls,backendName:"cpu",kernelFunc:$1};function R1(o){let{inputs:e,backend:t,attrs:n}=o,{images:r,dy:s}=e,{alignCorners:a}=n;L([s,r],"resizeBilinearGrad");let i=C.computeStrides(r.shape),[c,l,u,p]=r.shape,[,d,f]=s.shape,h=new Float32Array(c*l*u*p),m=[a&&d>1?l-1:l,a&&f>1?u-1:u],g=[a&&d>1?d-1:d,a&&f>1?f-1:f],A=m[0]/g[0],x=m[1]/g[1],b=t.data.get(s.dataId).values,y=0;for(let I=0;I<c;I++){let k=I*i[0];for(let S=0;S<d;S++){let E=S*A,_=Math.floor(E),v=Math.min(Math.ceil(E),l-1),B=k+_*i[1],N=k+v*i[1],T=E-_,F=1-T;for(let D=0;D<f;D++){let O=D*x,M=Math.floor(O),$=Math.min(Math.ceil(O),u-1),P=O-M,Q=1-P,V=B+M*i[2],W=B+$*i[2],z=N+M*i[2],H=N+$*i[2],G=F*Q,q=F*P,j=T*Q,X=T*P;for(let Z=0;Z<p;Z++){let re=b[y++];h[V+Z]+=re*G,h[W+Z]+=re*q,h[z+Z]+=re*j,h[H+Z]+=re*X}}}}return t.makeTensorInfo([c,u,l,p],"float32",h)}var Am={kernelName:us,backendName:"cpu",kernelFunc:R1};function N1(o){let{inputs:e,backend:t,attrs:n}=o,{images:r}=e,{alignCorners:s,halfPixelCenters:a,size:i}=n;L(r,"resizeNearestNeighbor");let c=C.computeStrides(r.shape),[l,u]=i,[p,d,f,h]=r.shape,m=t.data.get(r.dataId).values,g=new Float32Array(p*l*u*h),A=[s&&l>1?d-1:d,s&&u>1?f-1:f],x=[s&&l>1?l-1:l,s&&u>1?u-1:u],b=A[0]/x[0],y=A[1]/x[1],I=0;for(let k=0;k<p;k++){let S=k*c[0];for(let E=0;E<l;E++){let _=a?b*(E+.5):b*E,v=Math.min(d-1,s?Math.round(_):Math.floor(_));a&&(v=Math.max(0,v));let B=S+v*c[1];for(let N=0;N<u;N++){let T=a?y*(N+.5):y*N,F=Math.min(f-1,s?Math.round(T):Math.floor(T));a&&(F=Math.max(0,F));let D=B+F*c[2];for(let O=0;O<h;O++){let M=m[D+O];g[I++]=M}}}}return t.makeTensorInfo([p,l,u,h],r.dtype,g)}var xm={kernelName:is,backendName:"cpu",kernelFunc:N1};function T1(o){let{inputs:e,backend:t,attrs:n}=o,{images:r,dy:s}=e,{alignCorners:a}=n;L([s,r],"resizeNearestNeighborGrad");let i=C.computeStrides(r.shape),c=C.computeStrides(s.shape),[l,u,p,d]=r.shape,[,f,h]=s.shape,m=new Float32Array(l*u*p*d),g=t.data.get(s.dataId).values,A=[a&&f>1?u-1:u,a&&h>1?p-1:p],x=[a&&f>1?f-1:f,a&&h>1?h-1:h],b=A[0]/x[0],y=A[1]/x[1],I=1/b,k=1/y,S=Math.ceil(I)*2+2,E=Math.ceil(k)*2+2;for(let _=0;_<l;_++){let v=_*i[0];for(let B=0;B<u;B++){let N=v+B*i[1],T=Math.floor(B*I),F=Math.floor(T-S/2);for(let D=0;D<p;D++){let O=N+D*i[2],M=Math.floor(D*k),$=Math.floor(M-E/2);for(let P=0;P<d;P++){let Q=0;for(let V=0;V<S;V++){let W=V+F;if(W<0||W>=f)continue;let z=v+W*c[1],H=W*b,G=Math.min(u-1,a?Math.round(H):Math.floor(H));if(B===G)for(let q=0;q<E;q++){let j=q+$;if(j<0||j>=h)continue;let X=z+j*c[2],Z=j*y,re=Math.min(p-1,a?Math.round(Z):Math.floor(Z));D===re&&(Q+=g[X+P])}}m[O+P]=Q}}}}return t.makeTensorInfo(r.shape,r.dtype,m)}var Cm={kernelName:cs,backendName:"cpu",kernelFunc:T1};function D1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{dims:s}=n;L(r,"reverse");let a=r.shape.length,i=C.parseAxisParam(s,r.shape);if(a===0)return Ge({inputs:{x:r},backend:t});let c=new be(r.shape,r.dtype),l=t.bufferSync(r);for(let u=0;u<c.size;u++){let p=c.indexToLoc(u),d=p.slice();i.forEach(f=>d[f]=r.shape[f]-1-d[f]),c.set(l.get(...d),...p)}return t.makeTensorInfo(c.shape,c.dtype,c.values)}var bm={kernelName:ps,backendName:"cpu",kernelFunc:D1};var ym={kernelName:Os,backendName:"cpu",kernelFunc:({inputs:o,attrs:e,backend:t})=>{let{image:n}=o,{radians:r,fillValue:s,center:a}=e,i=t,c=C.getTypedArrayFromDType(n.dtype,C.sizeFromShape(n.shape)),[l,u,p,d]=n.shape,[f,h]=w.getImageCenter(a,u,p),m=255,g=Math.sin(r),A=Math.cos(r),x=i.data.get(n.dataId).values;for(let y=0;y<l;y++){let I=y*p*u*d;for(let k=0;k<u;k++){let S=k*(p*d);for(let E=0;E<p;E++){let _=E*d;for(let v=0;v<d;v++){let B=[l,k,E,v],N=B[2],T=B[1],F=(N-f)*A-(T-h)*g,D=(N-f)*g+(T-h)*A;F=Math.round(F+f),D=Math.round(D+h);let O=s;if(typeof s!="number"&&(v===3?O=m:O=s[v]),F>=0&&F<p&&D>=0&&D<u){let $=D*(p*d),P=F*d,Q=I+$+P+v;O=x[Q]}let M=I+S+_+v;c[M]=O}}}}return{dataId:i.write(c,n.shape,n.dtype),shape:n.shape,dtype:n.dtype}}};var B1=ee(on,o=>{let e=Math.floor(o);return o-e<.5?Math.floor(o):o-e>.5?Math.ceil(o):e%2===0?e:e+1}),wm={kernelName:on,backendName:"cpu",kernelFunc:B1};function F1(o){let{inputs:e,backend:t,attrs:n}=o,{indices:r,updates:s}=e,{shape:a}=n,{sliceRank:i,numUpdates:c,sliceSize:l,strides:u,outputSize:p}=w.calculateShapes(s,r,a),d=!0,f=t.bufferSync(r),h=t.bufferSync(s),m=Rt(f,h,a,p,l,c,i,u,0,d);return t.makeTensorInfo(a,m.dtype,m.values)}var Im={kernelName:ds,backendName:"cpu",kernelFunc:F1};function P1(o,e){let t=0,n=o.length,r=0;for(;t<n;)r=Math.floor((t+n)/2),o[r]<e?t=r+1:n=r;return n}function O1(o,e){let t=0,n=o.length,r=0;for(;t<n;)r=Math.floor((t+n)/2),o[r]<=e?t=r+1:n=r;return n}function km(o,e,t,n,r,s){let a=C.getArrayFromDType("int32",t*r);for(let i=0;i<t;++i){let c=o.slice(i*n,(i+1)*n),l=i*r;for(let u=0;u<r;++u)a[l+u]=s==="left"?P1(c,e[u+l]):O1(c,e[u+l])}return a}function L1(o){let{inputs:e,backend:t,attrs:n}=o,{sortedSequence:r,values:s}=e,{side:a}=n,i=t.data.get(r.dataId).values,c=t.data.get(s.dataId).values,l=km(i,c,r.shape[0],r.shape[1],s.shape[1],a);return t.makeTensorInfo(s.shape,"int32",l)}var Sm={kernelName:hs,backendName:"cpu",kernelFunc:L1};function M1(o){let{inputs:e,backend:t}=o,{condition:n,t:r,e:s}=e;L([n,r,s],"select");let a=n.shape.length,i=t.data.get(n.dataId).values,c=t.data.get(r.dataId).values,l=t.data.get(s.dataId).values,u=Pe(r.dtype,s.dtype),p=C.makeZerosTypedArray(C.sizeFromShape(r.shape),u),d=0,f=a===0||a>1||r.shape.length===1?1:C.sizeFromShape(r.shape.slice(1));for(let h=0;h<i.length;h++)for(let m=0;m<f;m++)i[h]===1?p[d++]=c[h]:p[d++]=l[h];return t.makeTensorInfo(r.shape,u,p)}var Em={kernelName:ms,backendName:"cpu",kernelFunc:M1};var Q1=w.SELU_SCALEALPHA,U1=w.SELU_SCALE,V1=ee(nn,o=>o>=0?U1*o:Q1*(Math.exp(o)-1)),_m={kernelName:nn,backendName:"cpu",kernelFunc:V1};var z1=ee(an,o=>o<0?-1:o>0?1:0),vm={kernelName:an,backendName:"cpu",kernelFunc:z1};var W1=ee("Sin",o=>Math.sin(o)),$m={kernelName:"Sin",backendName:"cpu",kernelFunc:W1};var G1=ee(sn,o=>Math.sinh(o)),Rm={kernelName:sn,backendName:"cpu",kernelFunc:G1};var H1=11920928955078125e-23,Nm=Math.log(H1)+2,q1=ee(cn,o=>{let e=o>-Nm,t=o<Nm,n=Math.exp(o),r;return t?r=n:e?r=o:r=Math.log(1+n),r}),Tm={kernelName:cn,backendName:"cpu",kernelFunc:q1};function K1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{blockShape:s,paddings:a}=n;L([r],"spaceToBatchND");let i=C.sizeFromShape(s),c=[[0,0]];c.push(...a);for(let k=1+s.length;k<r.shape.length;++k)c.push([0,0]);let l=Wa.kernelFunc({inputs:{x:r},backend:t,attrs:{paddings:c,constantValue:0}}),u=w.getReshaped(l.shape,s,i,!1),p=w.getPermuted(u.length,s.length,!1),d=w.getReshapedPermuted(l.shape,s,i,!1),m=se({inputs:{x:l},backend:t,attrs:{shape:u}}),x=ke({inputs:{x:m},backend:t,attrs:{perm:p}}),I=se({inputs:{x},backend:t,attrs:{shape:d}});return t.disposeIntermediateTensorInfo(l),t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(x),I}var Dm={kernelName:As,backendName:"cpu",kernelFunc:K1};function X1(o){let{inputs:e,backend:t}=o,{indices:n,values:r,denseShape:s,defaultValue:a}=e;if(s.shape.length!==1)throw new Error(`Dense shape must be a vector, saw:
        ${s.shape}`);if(n.shape.length!==2)throw new Error(`Indices must be a matrix, saw:
        ${n.shape}`);if(r.shape.length!==1)throw new Error(`Values must be a vector, saw:
        ${r.shape}`);if(a.shape.length!==0)throw new Error(`Default value must be a scalar, saw:
        ${a.shape}`);let i=t.data.get(n.dataId).values,c=t.data.get(r.dataId).values,l=t.data.get(s.dataId).values,u=t.data.get(a.dataId).values[0],[p,d,f,h,m]=rf(i,n.shape,n.dtype,c,r.dtype,l,u);return[t.makeTensorInfo(d,n.dtype,p),t.makeTensorInfo([d[0]],r.dtype,f),t.makeTensorInfo([h.length],"bool",new Uint8Array(h.map(g=>Number(g)))),t.makeTensorInfo([m.length],n.dtype,new Int32Array(m))]}var Bm={kernelName:bs,backendName:"cpu",kernelFunc:X1};function j1(o){let{inputs:e,backend:t}=o,{inputIndices:n,inputShape:r,newShape:s}=e;if(n.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape
        ${n.shape}`);if(r.shape.length!==1)throw new Error(`Input shape should be a vector but received shape
        ${r.shape}`);if(s.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${s.shape}`);let a=Array.from(t.data.get(r.dataId).values),i=t.data.get(n.dataId).values,c=Array.from(t.data.get(s.dataId).values),[l,u,p]=sf(i,n.shape,n.dtype,a,c);return[t.makeTensorInfo(u,n.dtype,l),t.makeTensorInfo([p.length],s.dtype,new Int32Array(p))]}var Fm={kernelName:ys,backendName:"cpu",kernelFunc:j1};function Y1(o){let{inputs:e,backend:t}=o,{data:n,indices:r,segmentIds:s}=e;if(n.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(r.shape.length!==1)throw new Error(`Indices should be a vector but received shape
          ${r.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
          ${s.shape}`);if(r.shape[0]!==s.shape[0])throw new Error("segmentIds and indices should have same size.");let a=t.data.get(n.dataId).values,i=t.data.get(r.dataId).values,c=t.data.get(s.dataId).values,[l,u]=Ma(a,n.shape,n.dtype,i,c,!0);return t.makeTensorInfo(u,n.dtype,l)}var Pm={kernelName:ws,backendName:"cpu",kernelFunc:Y1};function J1(o){let{inputs:e,backend:t}=o,{data:n,indices:r,segmentIds:s}=e;if(n.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(r.shape.length!==1)throw new Error(`Indices should be a vector but received shape
         ${r.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
         ${s.shape}`);if(r.shape[0]!==s.shape[0])throw new Error("segmentIds and indices should have same size.");let a=t.data.get(n.dataId).values,i=t.data.get(r.dataId).values,c=t.data.get(s.dataId).values,[l,u]=Ma(a,n.shape,n.dtype,i,c);return t.makeTensorInfo(u,n.dtype,l)}var Om={kernelName:Is,backendName:"cpu",kernelFunc:J1};function Z1(o){let{inputs:e,backend:t,attrs:n}=o,{sparseIndices:r,sparseValues:s,defaultValue:a}=e,{outputShape:i}=n,{sliceRank:c,numUpdates:l,sliceSize:u,strides:p,outputSize:d}=w.calculateShapes(s,r,i),f=!1,h=t.bufferSync(r),m;switch(s.dtype){case"bool":{let g=t.bufferSync(s),A=!!t.data.get(a.dataId).values[0];m=Rt(h,g,i,d,u,l,c,p,A,f);break}case"float32":{let g=t.bufferSync(s),A=t.data.get(a.dataId).values[0];m=Rt(h,g,i,d,u,l,c,p,A,f);break}case"int32":{let g=t.bufferSync(s),A=t.data.get(a.dataId).values[0];m=Rt(h,g,i,d,u,l,c,p,A,f);break}case"string":{let g=t.bufferSync(s),A=C.decodeString(t.data.get(a.dataId).values[0]);m=Rt(h,g,i,d,u,l,c,p,A,f);break}default:throw new Error(`Unsupported type ${s.dtype}`)}return t.makeTensorInfo(i,m.dtype,m.values)}var Lm={kernelName:ks,backendName:"cpu",kernelFunc:Z1};function e2(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{numOrSizeSplits:s,axis:a}=n,i=C.parseAxisParam(a,r.shape)[0],c=w.prepareSplitSize(r,s,i),l=new Array(r.shape.length).fill(0),u=r.shape.slice();return c.map(p=>{let d=[...u];d[i]=p;let f=pt({inputs:{x:r},backend:t,attrs:{begin:l,size:d}});return l[i]+=p,f})}var Mm={kernelName:xs,backendName:"cpu",kernelFunc:e2};var Qm={kernelName:Ss,backendName:"cpu",kernelFunc:({inputs:o,backend:e})=>{let{x:t}=o,n=e;L(t,"square");let r=n.data.get(t.dataId).values,s=new Float32Array(r.length);for(let i=0;i<r.length;++i){let c=r[i];s[i]=c*c}return{dataId:n.write(s,t.shape,t.dtype),shape:t.shape,dtype:t.dtype}}};var t2=ee(pn,(o,e)=>{let t=e;return isNaN(o)?NaN:o>0?1:t.alpha}),Um={kernelName:pn,backendName:"cpu",kernelFunc:t2};function o2(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{begin:s,end:a,strides:i,beginMask:c,endMask:l,ellipsisMask:u,newAxisMask:p,shrinkAxisMask:d}=n;L(r,"stridedSlice");let{finalShapeSparse:f,finalShape:h,isIdentity:m,sliceDim0:g,isSimpleSlice:A,begin:x,end:b,strides:y}=nt.sliceInfo(r.shape,s,a,i,c,l,u,p,d),I;if(m)I=se({inputs:{x:r},backend:t,attrs:{shape:h}});else if(g||A){C.assert(r.shape.length>=1,()=>`Input must have rank at least 1, got: ${r.shape.length}`);let k=nt.computeOutShape(x,b,y),S=pt({inputs:{x:r},backend:t,attrs:{begin:x,size:k}});I=se({inputs:{x:S},backend:t,attrs:{shape:h}}),t.disposeIntermediateTensorInfo(S)}else{let k=t.bufferSync(r),S=uf(f,k,y,x);I=t.makeTensorInfo(h,S.dtype,S.values)}return I}var Vm={kernelName:Es,backendName:"cpu",kernelFunc:o2};function n2(o){let{inputs:e,backend:t,attrs:n}=o,{separator:r,nGramWidths:s,leftPad:a,rightPad:i,padWidth:c,preserveShortSequences:l}=n,{data:u,dataSplits:p}=e,d=t.data.get(u.dataId).values,f=t.data.get(p.dataId).values,[h,m]=pf(d,f,r,s,a,i,c,l);return[t.makeTensorInfo([h.length],"string",h),t.makeTensorInfo(p.shape,"int32",m)]}var zm={kernelName:_s,backendName:"cpu",kernelFunc:n2};function r2(o){let{inputs:e,backend:t,attrs:n}=o,{skipEmpty:r}=n,{input:s,delimiter:a}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(s.shape.length!==1)throw new Error(`Input must be a vector, got shape: ${s.shape}`);if(a.shape.length!==0)throw new Error(`Delimiter must be a scalar, got shape: ${a.shape}`);let i=t.data.get(s.dataId).values,c=t.data.get(a.dataId).values[0],[l,u,p]=df(i,c,r),d=u.length;return[t.makeTensorInfo([d,2],"int32",l),t.makeTensorInfo([d],"string",u),t.makeTensorInfo([2],"int32",new Int32Array(p))]}var Wm={kernelName:vs,backendName:"cpu",kernelFunc:r2};function s2(o){let{inputs:e,backend:t,attrs:n}=o,{numBuckets:r}=n,{input:s}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(r<=0)throw new Error("Number of buckets must be at least 1");let a=t.data.get(s.dataId).values,i=ff(a,r);return t.makeTensorInfo(s.shape,"int32",i)}var Gm={kernelName:$s,backendName:"cpu",kernelFunc:s2};var a2=ee("Tan",o=>Math.tan(o)),Hm={kernelName:"Tan",backendName:"cpu",kernelFunc:a2};var i2=ee(un,o=>Math.tanh(o)),qm={kernelName:un,backendName:"cpu",kernelFunc:i2};function c2(o){let{inputs:e,backend:t}=o,{tensor:n,indices:r,updates:s}=e,{sliceRank:a,numUpdates:i,sliceSize:c,strides:l,outputSize:u}=w.calculateShapes(s,r,n.shape),p=!1,d=t.bufferSync(r),f=t.bufferSync(s),h=t.bufferSync(n),m=Rt(d,f,n.shape,u,c,i,a,l,h,p);return t.makeTensorInfo(n.shape,m.dtype,m.values)}var Km={kernelName:fs,backendName:"cpu",kernelFunc:c2};function l2(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{reps:s}=n;L(r,"tile");let a=mf(t.bufferSync(r),s);return t.makeTensorInfo(a.shape,a.dtype,a.values)}var Xm={kernelName:Rs,backendName:"cpu",kernelFunc:l2};function u2(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{k:s,sorted:a}=n;L(r,"topk");let i=t.data.get(r.dataId).values,[c,l]=gf(i,r.shape,r.dtype,s,a);return[t.makeTensorInfo(c.shape,c.dtype,c.values),t.makeTensorInfo(l.shape,l.dtype,l.values)]}var jm={kernelName:Ns,backendName:"cpu",kernelFunc:u2};function p2(o){let{inputs:e,attrs:t,backend:n}=o,{image:r,transforms:s}=e,{interpolation:a,fillMode:i,fillValue:c,outputShape:l}=t,[u,p,d,f]=r.shape,[h,m]=l??[p,d],g=[u,h,m,f],A=C.computeStrides(r.shape),x=A[0],b=A[1],y=A[2],I=C.computeStrides(g),k=I[0],S=I[1],E=I[2],_=C.getTypedArrayFromDType(r.dtype,C.sizeFromShape(g));_.fill(c);let v=n.data.get(r.dataId).values,B=n.data.get(s.dataId).values;for(let T=0;T<u;++T){let F=s.shape[0]===1?B:B.subarray(T*8,T*8+8);for(let D=0;D<h;++D)for(let O=0;O<m;++O)for(let M=0;M<f;++M){let $,P=F[6]*O+F[7]*D+1;if(P===0)continue;let Q=(F[0]*O+F[1]*D+F[2])/P,V=(F[3]*O+F[4]*D+F[5])/P,W=Ym(Q,d,i),z=Ym(V,p,i);switch(a){case"nearest":$=g2(v,p,d,x,b,y,T,z,W,M,c);break;case"bilinear":$=A2(v,p,d,x,b,y,T,z,W,M,c);break;default:throw new Error(`Error in Transform: Expect 'nearest' or 'bilinear', but got ${a}`)}let H=T*k+D*S+O*E+M;_[H]=$}return n.makeTensorInfo(g,r.dtype,_)}return{dataId:n.write(_,g,r.dtype),shape:r.shape,dtype:r.dtype}}var Jm={kernelName:Ts,backendName:"cpu",kernelFunc:p2};function Ym(o,e,t){switch(t){case"reflect":return d2(o,e);case"wrap":return f2(o,e);case"nearest":return m2(o,e);default:return h2(o,e)}}function d2(o,e){let t=o;if(t<0)if(e<=1)t=0;else{let n=2*e;t<n&&(t=n*Math.trunc(-t/n)+t),t=t<-e?t+n:-t-1}else if(t>e-1)if(e<=1)t=0;else{let n=2*e;t-=n*Math.trunc(t/n),t>=e&&(t=n-t-1)}return C.clamp(0,t,e-1)}function f2(o,e){let t=o;if(t<0)if(e<=1)t=0;else{let n=e-1;t+=e*(Math.trunc(-t/n)+1)}else if(t>e-1)if(e<=1)t=0;else{let n=e-1;t-=e*Math.trunc(t/n)}return C.clamp(0,t,e-1)}function h2(o,e){return o}function m2(o,e){return C.clamp(0,o,e-1)}function Js(o,e,t,n,r,s,a,i,c,l,u){let p=a*n+i*r+c*s+l;return 0<=i&&i<e&&0<=c&&c<t?o[p]:u}function g2(o,e,t,n,r,s,a,i,c,l,u){let p=Math.round(i),d=Math.round(c);return Js(o,e,t,n,r,s,a,p,d,l,u)}function A2(o,e,t,n,r,s,a,i,c,l,u){let p=Math.floor(i),d=Math.floor(c),f=p+1,h=d+1,m=(h-c)*Js(o,e,t,n,r,s,a,p,d,l,u)+(c-d)*Js(o,e,t,n,r,s,a,p,h,l,u),g=(h-c)*Js(o,e,t,n,r,s,a,f,d,l,u)+(c-d)*Js(o,e,t,n,r,s,a,f,h,l,u);return(f-i)*m+(i-p)*g}function x2(o){let{inputs:e,attrs:t,backend:n}=o,{axis:r}=t,{x:s}=e;L(s,"unique");let a=n.data.get(s.dataId).values,{outputValues:i,outputShape:c,indices:l}=Af(a,r,s.shape,s.dtype);return[n.makeTensorInfo(c,s.dtype,i),n.makeTensorInfo([l.length],"int32",l)]}var Zm={kernelName:Ds,backendName:"cpu",kernelFunc:x2};function C2(o){let{inputs:e,backend:t,attrs:n}=o,{value:r}=e,{axis:s}=n;s<0&&(s+=r.shape.length);let a=r.shape.length,i=r.shape[s],c=new Array(a-1),l=0;for(let f=0;f<a;f++)f!==s&&(c[l++]=r.shape[f]);let u=new Array(a).fill(0),p=r.shape.slice();p[s]=1;let d=new Array(i);for(let f=0;f<d.length;f++){u[s]=f;let h=pt({inputs:{x:r},backend:t,attrs:{begin:u,size:p}});d[f]=se({inputs:{x:h},backend:t,attrs:{shape:c}}),t.disposeIntermediateTensorInfo(h)}return d}var eg={kernelName:Bs,backendName:"cpu",kernelFunc:C2};function b2(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,segmentIds:s}=e,{numSegments:a}=n;L(r,"unsortedSegmentSum");let i=r.shape.length,c=s.shape.length,l=[],u=[],p=i-c,d=s;for(let h=0;h<p;++h){let m=xn({inputs:{input:d},backend:t,attrs:{dim:h+1}});d=m,u.push(m)}for(let h=0;h<a;++h){let m=C.createScalarValue(h,"int32"),g=t.makeTensorInfo([],"int32",m),A=Ed({inputs:{a:g,b:d},backend:t}),x=mn({inputs:{x:A},backend:t,attrs:{dtype:"float32"}}),b=gn({inputs:{a:x,b:r},backend:t}),y=Nt({inputs:{x:b},backend:t,attrs:{axis:0,keepDims:!1}});l.push(y),u.push(g),u.push(A),u.push(x),u.push(b),u.push(y)}let f=$u({inputs:l,backend:t,attrs:{axis:0}});return u.forEach(h=>t.disposeIntermediateTensorInfo(h)),f}var tg={kernelName:Fs,backendName:"cpu",kernelFunc:b2};var y2=[Ef,md,_f,vf,yd,$f,Rf,Nf,Tf,Df,Bf,Ff,Pf,Of,Lf,Qf,Uf,Vf,zf,Sf,Wf,Gf,Hf,Id,qf,bd,kd,Kf,gd,Xf,Yf,Jf,Zf,eh,th,oh,nh,rh,sh,ah,ih,ch,lh,uh,ph,dh,fh,hh,mh,gh,Ah,xh,bh,Cf,yh,_d,wh,$d,Ih,Rd,kh,Sh,Eh,Nd,Td,_h,vh,$h,Rh,Fd,Pd,xd,Nh,jf,Th,Dh,Bh,bf,Od,Ld,Fh,Qd,Ph,Oh,Lh,Mh,Qh,Uh,Vh,Vd,zh,Wh,Gh,Hh,Kh,Xh,jh,zd,Yh,Jh,tm,Wd,Gd,om,nm,rm,Hd,sm,cm,lm,Wa,um,yf,Xd,pm,dm,fm,hm,Cd,Xs,mm,wf,If,kf,gm,Am,xm,Cm,bm,ym,wm,ef,Im,Sm,Em,_m,of,vm,$m,Rm,nf,Zh,Tm,Dm,Bm,Fm,Pm,Om,Lm,Mm,af,Qm,cf,lf,Um,Vm,zm,Wm,Gm,hf,Ch,Hm,qm,Km,Xm,jm,Jm,Kd,Zm,eg,tg,am];for(let o of y2)Us(o);var uo={},Ga={alpha:!1,antialias:!1,premultipliedAlpha:!1,preserveDrawingBuffer:!1,depth:!1,stencil:!1,failIfMajorPerformanceCaveat:!0};function og(o,e){uo[o]=e}function He(o,e){if(!(o in uo)||e!=null){let n=I2(o,e);if(n!==null)uo[o]=n;else return console.log("Could not get context for WebGL version",o),null}let t=uo[o];return t==null||t.isContextLost()?(delete uo[o],He(o)):(t.disable(t.DEPTH_TEST),t.disable(t.STENCIL_TEST),t.disable(t.BLEND),t.disable(t.DITHER),t.disable(t.POLYGON_OFFSET_FILL),t.disable(t.SAMPLE_COVERAGE),t.enable(t.SCISSOR_TEST),t.enable(t.CULL_FACE),t.cullFace(t.BACK),uo[o])}function w2(o){if(!R().getBool("IS_SAFARI")&&typeof OffscreenCanvas<"u"&&o===2)return new OffscreenCanvas(300,150);if(typeof document<"u")return document.createElement("canvas");throw new Error("Cannot create a canvas in this context")}function I2(o,e){if(o!==1&&o!==2)throw new Error("Cannot get WebGL rendering context, WebGL is disabled.");let t=e??w2(o);return t.addEventListener("webglcontextlost",n=>{n.preventDefault(),delete uo[o]},!1),R().getBool("SOFTWARE_WEBGL_ENABLED")&&(Ga.failIfMajorPerformanceCaveat=!1),o===1?t.getContext("webgl",Ga)||t.getContext("experimental-webgl",Ga):t.getContext("webgl2",Ga)}var Gt;(function(o){o[o.DENSE=0]="DENSE",o[o.SHARED_BATCH=1]="SHARED_BATCH"})(Gt||(Gt={}));var Te;(function(o){o[o.RENDER=0]="RENDER",o[o.UPLOAD=1]="UPLOAD",o[o.PIXELS=2]="PIXELS",o[o.DOWNLOAD=3]="DOWNLOAD"})(Te||(Te={}));var Re;(function(o){o[o.UNPACKED_FLOAT16=0]="UNPACKED_FLOAT16",o[o.UNPACKED_FLOAT32=1]="UNPACKED_FLOAT32",o[o.PACKED_4X1_UNSIGNED_BYTE=2]="PACKED_4X1_UNSIGNED_BYTE",o[o.PACKED_2X2_FLOAT32=3]="PACKED_2X2_FLOAT32",o[o.PACKED_2X2_FLOAT16=4]="PACKED_2X2_FLOAT16"})(Re||(Re={}));function po(o,e){return[e,o]}function ng(o,e){return o*e}function Zs(o){let e=C.sizeFromShape(o),t=Math.ceil(e/4);return C.sizeToSquarishShape(t)}function bt(o,e){return[Math.max(1,Math.ceil(e/2)),Math.max(1,Math.ceil(o/2))]}function rg(o,e){let[t,n]=bt(o,e);return t*n*4}function ea(o,e){let t=o,n,r,s,a,i,c,l,u,p,d;return R().getNumber("WEBGL_VERSION")===2?(n=t.R32F,r=t.R16F,s=t.RGBA16F,a=t.RGBA32F,i=t.RED,l=4,u=1,p=t.HALF_FLOAT,d=t.FLOAT,c=t.RGBA8):(n=o.RGBA,r=o.RGBA,s=o.RGBA,a=t.RGBA,i=o.RGBA,l=4,u=4,p=e!=null?e.HALF_FLOAT_OES:null,d=o.FLOAT,c=o.RGBA),{internalFormatFloat:n,internalFormatHalfFloat:r,internalFormatPackedHalfFloat:s,internalFormatPackedFloat:a,textureFormatFloat:i,downloadTextureFormat:c,downloadUnpackNumChannels:l,defaultNumChannels:u,textureTypeHalfFloat:p,textureTypeFloat:d}}function K(o,e){let t=e();return R().getBool("DEBUG")&&k2(o),t}function k2(o){let e=o.getError();if(e!==o.NO_ERROR)throw new Error("WebGL Error: "+_2(o,e))}var S2=596e-10,E2=65504;function sg(o){return!!(R().getBool("WEBGL_RENDER_FLOAT32_ENABLED")||o===0||S2<Math.abs(o)&&Math.abs(o)<E2)}function _2(o,e){switch(e){case o.NO_ERROR:return"NO_ERROR";case o.INVALID_ENUM:return"INVALID_ENUM";case o.INVALID_VALUE:return"INVALID_VALUE";case o.INVALID_OPERATION:return"INVALID_OPERATION";case o.INVALID_FRAMEBUFFER_OPERATION:return"INVALID_FRAMEBUFFER_OPERATION";case o.OUT_OF_MEMORY:return"OUT_OF_MEMORY";case o.CONTEXT_LOST_WEBGL:return"CONTEXT_LOST_WEBGL";default:return`Unknown error code ${e}`}}function ta(o,e){return Tt(o,()=>o.getExtension(e),'Extension "'+e+'" not supported on this browser.')}function ag(o,e){let t=Tt(o,()=>o.createShader(o.VERTEX_SHADER),"Unable to create vertex WebGLShader.");if(K(o,()=>o.shaderSource(t,e)),K(o,()=>o.compileShader(t)),o.getShaderParameter(t,o.COMPILE_STATUS)===!1)throw console.log(o.getShaderInfoLog(t)),new Error("Failed to compile vertex shader.");return t}function ig(o,e){let t=Tt(o,()=>o.createShader(o.FRAGMENT_SHADER),"Unable to create fragment WebGLShader.");if(K(o,()=>o.shaderSource(t,e)),K(o,()=>o.compileShader(t)),R().get("ENGINE_COMPILE_ONLY"))return t;if(o.getShaderParameter(t,o.COMPILE_STATUS)===!1)throw Bu(e,o.getShaderInfoLog(t)),new Error("Failed to compile fragment shader.");return t}var v2=/ERROR: [0-9]+:([0-9]+):/g;function Bu(o,e){let t=v2.exec(e);if(t==null){console.log(`Couldn't parse line number in error: ${e}`),console.log(o);return}let n=+t[1],r=o.split(`
`),s=r.length.toString().length+2,a=r.map((p,d)=>C.rightPad((d+1).toString(),s)+p),i=0;for(let p=0;p<a.length;p++)i=Math.max(a[p].length,i);let c=a.slice(0,n-1),l=a.slice(n-1,n),u=a.slice(n);console.log(c.join(`
`)),console.log(e.split(`
`)[0]),console.log(`%c ${C.rightPad(l[0],i)}`,"border:1px solid red; background-color:#e3d2d2; color:#a61717"),console.log(u.join(`
`))}function cg(o){return Tt(o,()=>o.createProgram(),"Unable to create WebGLProgram.")}function lg(o,e){if(K(o,()=>o.linkProgram(e)),!R().get("ENGINE_COMPILE_ONLY")&&o.getProgramParameter(e,o.LINK_STATUS)===!1)throw console.log(o.getProgramInfoLog(e)),new Error("Failed to link vertex and fragment shaders.")}function qa(o,e){if(K(o,()=>o.validateProgram(e)),o.getProgramParameter(e,o.VALIDATE_STATUS)===!1)throw console.log(o.getProgramInfoLog(e)),new Error("Shader program validation failed.")}function ug(o,e){let t=Tt(o,()=>o.createBuffer(),"Unable to create WebGLBuffer");return K(o,()=>o.bindBuffer(o.ARRAY_BUFFER,t)),K(o,()=>o.bufferData(o.ARRAY_BUFFER,e,o.STATIC_DRAW)),t}function pg(o,e){let t=Tt(o,()=>o.createBuffer(),"Unable to create WebGLBuffer");return K(o,()=>o.bindBuffer(o.ELEMENT_ARRAY_BUFFER,t)),K(o,()=>o.bufferData(o.ELEMENT_ARRAY_BUFFER,e,o.STATIC_DRAW)),t}function dg(o){return Tt(o,()=>o.createTexture(),"Unable to create WebGLTexture.")}function fg(o,e){let t=R().getNumber("WEBGL_MAX_TEXTURE_SIZE");if(o<=0||e<=0){let n=`[${o}x${e}]`;throw new Error("Requested texture size "+n+" is invalid.")}if(o>t||e>t){let n=`[${o}x${e}]`,r=`[${t}x${t}]`;throw new Error("Requested texture size "+n+" greater than WebGL maximum on this browser / GPU "+r+".")}}function hg(o){return Tt(o,()=>o.createFramebuffer(),"Unable to create WebGLFramebuffer.")}function Fu(o,e,t,n,r,s,a){let i=o.getAttribLocation(e,t);return i===-1?!1:(K(o,()=>o.bindBuffer(o.ARRAY_BUFFER,n)),K(o,()=>o.vertexAttribPointer(i,r,o.FLOAT,!1,s,a)),K(o,()=>o.enableVertexAttribArray(i)),!0)}function $2(o,e,t){N2(o,t),K(o,()=>o.activeTexture(o.TEXTURE0+t)),K(o,()=>o.bindTexture(o.TEXTURE_2D,e))}function mg(o,e,t){return Tt(o,()=>o.getUniformLocation(e,t),'uniform "'+t+'" not present in program.')}function gg(o,e,t){return o.getUniformLocation(e,t)}function Ag(o,e,t,n){K(o,()=>$2(o,e,n)),K(o,()=>o.uniform1i(t,n))}function Ka(o,e,t){K(o,()=>o.bindFramebuffer(o.FRAMEBUFFER,t)),K(o,()=>o.framebufferTexture2D(o.FRAMEBUFFER,o.COLOR_ATTACHMENT0,o.TEXTURE_2D,e,0))}function Pu(o,e){K(o,()=>o.bindFramebuffer(o.FRAMEBUFFER,e)),K(o,()=>o.framebufferTexture2D(o.FRAMEBUFFER,o.COLOR_ATTACHMENT0,o.TEXTURE_2D,null,0))}function oa(o){let e=o.checkFramebufferStatus(o.FRAMEBUFFER);if(e!==o.FRAMEBUFFER_COMPLETE)throw new Error("Error binding framebuffer: "+R2(o,e))}function R2(o,e){switch(e){case o.FRAMEBUFFER_INCOMPLETE_ATTACHMENT:return"FRAMEBUFFER_INCOMPLETE_ATTACHMENT";case o.FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT:return"FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT";case o.FRAMEBUFFER_INCOMPLETE_DIMENSIONS:return"FRAMEBUFFER_INCOMPLETE_DIMENSIONS";case o.FRAMEBUFFER_UNSUPPORTED:return"FRAMEBUFFER_UNSUPPORTED";default:return`unknown error ${e}`}}function Tt(o,e,t){let n=K(o,()=>e());if(n==null)throw new Error(t);return n}function N2(o,e){let t=o.MAX_COMBINED_TEXTURE_IMAGE_UNITS-1,n=e+o.TEXTURE0;if(n<o.TEXTURE0||n>t){let r=`[gl.TEXTURE0, gl.TEXTURE${t}]`;throw new Error(`textureUnit must be in ${r}.`)}}function Ht(o,e=2){return C.sizeFromShape(o.slice(0,o.length-e))}function qt(o){if(o.length===0)throw Error("Cannot get rows and columns of an empty shape array.");return[o.length>1?o[o.length-2]:1,o[o.length-1]]}function na(o){let e=[1,1,1];return o.length===0||o.length===1&&o[0]===1||(e=[Ht(o),...qt(o)]),e}function xg(o,e=!1){let t=R().getNumber("WEBGL_MAX_TEXTURE_SIZE"),n=R().getNumber("WEBGL_MAX_SIZE_FOR_NARROW_TEXTURE");n===1/0&&R().getBool("WEBGL_AUTO_SQUARIFY_NARROW_TEXTURE_SHAPE")&&(n=t/2),e&&(t=t*2,n=n*2,o=o.map((i,c)=>c>=o.length-2?C.nearestLargerEven(o[c]):o[c]),o.length===1&&(o=[2,o[0]])),o.length!==2&&(o=C.squeezeShape(o).newShape);let r=C.sizeFromShape(o),s=null;o.length<=1&&r<=t?s=[1,r]:o.length===2&&o[0]<=t&&o[1]<=t?s=o:o.length===3&&o[0]*o[1]<=t&&o[2]<=t?s=[o[0]*o[1],o[2]]:o.length===3&&o[0]<=t&&o[1]*o[2]<=t?s=[o[0],o[1]*o[2]]:o.length===4&&o[0]*o[1]*o[2]<=t&&o[3]<=t?s=[o[0]*o[1]*o[2],o[3]]:o.length===4&&o[0]<=t&&o[1]*o[2]*o[3]<=t&&(s=[o[0],o[1]*o[2]*o[3]]);let a=s!=null&&Math.max(...s)>n&&Math.min(...s)<=(e?2:1)&&Math.min(...s)>0;if(s==null||a)if(e){let i=Ht(o),c=2,l=2;o.length&&([c,l]=qt(o)),r=i*(c/2)*(l/2),s=C.sizeToSquarishShape(r).map(u=>u*2)}else s=C.sizeToSquarishShape(r);return s}function Ha(o){return o%2===0}function fo(o,e){if(o=o.slice(-2),e=e.slice(-2),C.arraysEqual(o,e)||!o.length||!e.length||o[0]===0||o[1]===0||e[0]===0||e[1]===0)return!0;if(o.length!==e.length){let t=o[o.length-1],n=e[e.length-1];if(t===n||Ha(t)&&Ha(n)&&(o[0]===1||e[0]===1))return!0}return o[1]===e[1]&&Ha(o[0])&&Ha(e[0])}var Nu,Tu;function Cg(o){if(Nu==null){let e=He(o);Nu=e.getParameter(e.MAX_TEXTURE_SIZE)}return Nu}function bg(o){if(Tu==null){let e=He(o);Tu=e.getParameter(e.MAX_TEXTURE_IMAGE_UNITS)}return Math.min(16,Tu)}function yg(o){if(o===0)return 0;let e,t=He(o);return tt(t,"EXT_disjoint_timer_query_webgl2")&&o===2?e=2:tt(t,"EXT_disjoint_timer_query")?e=1:e=0,e}function tt(o,e){return o.getExtension(e)!=null}function Ou(o){try{if(He(o)!=null)return!0}catch(e){return console.log("Error when getting WebGL context: ",e),!1}return!1}function wg(o){if(o===0)return!1;let e=He(o);if(o===1){if(!tt(e,"OES_texture_float"))return!1}else if(!tt(e,"EXT_color_buffer_float"))return!1;return Du(e)}function Ig(o){if(o===0)return!1;let e=He(o);if(o===1){if(!tt(e,"OES_texture_float")||!tt(e,"WEBGL_color_buffer_float"))return!1}else{if(tt(e,"EXT_color_buffer_float"))return Du(e);let n="EXT_color_buffer_half_float";if(tt(e,n)){let r=e.getExtension(n);return T2(e,r)}return!1}return Du(e)}function Du(o){let e=ea(o),t=o.createTexture();o.bindTexture(o.TEXTURE_2D,t),o.texImage2D(o.TEXTURE_2D,0,e.internalFormatFloat,1,1,0,e.textureFormatFloat,e.textureTypeFloat,null);let s=o.createFramebuffer();o.bindFramebuffer(o.FRAMEBUFFER,s),o.framebufferTexture2D(o.FRAMEBUFFER,o.COLOR_ATTACHMENT0,o.TEXTURE_2D,t,0);let a=o.checkFramebufferStatus(o.FRAMEBUFFER)===o.FRAMEBUFFER_COMPLETE;return o.bindTexture(o.TEXTURE_2D,null),o.bindFramebuffer(o.FRAMEBUFFER,null),o.deleteTexture(t),o.deleteFramebuffer(s),a}function T2(o,e){let t=ea(o,e),n=o.createTexture();o.bindTexture(o.TEXTURE_2D,n),o.texImage2D(o.TEXTURE_2D,0,t.internalFormatHalfFloat,1,1,0,t.textureFormatFloat,t.textureTypeHalfFloat,null);let a=o.createFramebuffer();o.bindFramebuffer(o.FRAMEBUFFER,a),o.framebufferTexture2D(o.FRAMEBUFFER,o.COLOR_ATTACHMENT0,o.TEXTURE_2D,n,0);let i=o.checkFramebufferStatus(o.FRAMEBUFFER)===o.FRAMEBUFFER_COMPLETE;return o.bindTexture(o.TEXTURE_2D,null),o.bindFramebuffer(o.FRAMEBUFFER,null),o.deleteTexture(n),o.deleteFramebuffer(a),i}function kg(o){return o!==2?!1:He(o).fenceSync!=null}function yt(o,e){Array.isArray(o)||(o=[o]),o.forEach(t=>{t!=null&&C.assert(t.dtype!=="complex64",()=>`${e} does not support complex64 tensors in the WebGL backend.`)})}var J=R();J.registerFlag("HAS_WEBGL",()=>J.getNumber("WEBGL_VERSION")>0);J.registerFlag("WEBGL_VERSION",()=>Ou(2)?2:Ou(1)?1:0);J.registerFlag("WEBGL_CHECK_NUMERICAL_PROBLEMS",()=>!1);J.registerFlag("WEBGL_BUFFER_SUPPORTED",()=>J.get("WEBGL_VERSION")===2);J.registerFlag("WEBGL_CPU_FORWARD",()=>!0);J.registerFlag("WEBGL_FORCE_F16_TEXTURES",()=>!1);J.registerFlag("WEBGL_PACK",()=>J.getBool("HAS_WEBGL"));J.registerFlag("WEBGL_PACK_NORMALIZATION",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_CLIP",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_DEPTHWISECONV",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_BINARY_OPERATIONS",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_UNARY_OPERATIONS",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_ARRAY_OPERATIONS",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_IMAGE_OPERATIONS",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_REDUCE",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_LAZILY_UNPACK",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_CONV_IM2COL",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_CONV2DTRANSPOSE",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_MAX_TEXTURE_SIZE",()=>Cg(J.getNumber("WEBGL_VERSION")));J.registerFlag("WEBGL_MAX_TEXTURES_IN_SHADER",()=>bg(J.getNumber("WEBGL_VERSION")));J.registerFlag("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION",()=>{let o=J.getNumber("WEBGL_VERSION");return o===0?0:yg(o)});J.registerFlag("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE",()=>J.getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")>0&&!dn.isMobile());J.registerFlag("WEBGL_RENDER_FLOAT32_CAPABLE",()=>wg(J.getNumber("WEBGL_VERSION")));J.registerFlag("WEBGL_RENDER_FLOAT32_ENABLED",()=>J.getBool("WEBGL_FORCE_F16_TEXTURES")?!1:J.getBool("WEBGL_RENDER_FLOAT32_CAPABLE"));J.registerFlag("WEBGL_DOWNLOAD_FLOAT_ENABLED",()=>Ig(J.getNumber("WEBGL_VERSION")));J.registerFlag("WEBGL_FENCE_API_ENABLED",()=>kg(J.getNumber("WEBGL_VERSION")));J.registerFlag("WEBGL_SIZE_UPLOAD_UNIFORM",()=>J.getBool("WEBGL_RENDER_FLOAT32_ENABLED")?4:0);J.registerFlag("WEBGL_DELETE_TEXTURE_THRESHOLD",()=>-1,o=>{if(typeof o!="number")throw new Error(`WEBGL_DELETE_TEXTURE_THRESHOLD must be a number but got ${o}.`);if(o<0&&o!==-1)throw new Error(`WEBGL_DELETE_TEXTURE_THRESHOLD must be -1 (indicating never delete) or at least 0, but got ${o}.`)});J.registerFlag("WEBGL_FLUSH_THRESHOLD",()=>dn.isMobile()?1:-1,o=>{if(typeof o!="number")throw new Error(`WEBGL_FLUSH_THRESHOLD must be a number but got ${o}.`);if(o<0&&o!==-1)throw new Error(`WEBGL_FLUSH_THRESHOLD must be -1 (indicating never manual flush) or at least 0, but got ${o}.`)});J.registerFlag("CPU_HANDOFF_SIZE_THRESHOLD",()=>128);J.registerFlag("WEBGL_USE_SHAPES_UNIFORMS",()=>!1);J.registerFlag("TOPK_LAST_DIM_CPU_HANDOFF_SIZE_THRESHOLD",()=>1e5);J.registerFlag("TOPK_K_CPU_HANDOFF_THRESHOLD",()=>128);J.registerFlag("WEBGL_EXP_CONV",()=>!1);J.registerFlag("SOFTWARE_WEBGL_ENABLED",()=>J.getBool("IS_TEST"));J.registerFlag("WEBGL_MAX_SIZE_FOR_NARROW_TEXTURE",()=>1/0);J.registerFlag("WEBGL_AUTO_SQUARIFY_NARROW_TEXTURE_SHAPE",()=>!1);J.registerFlag("WEBGL2_ISNAN_CUSTOM",()=>!1);J.registerFlag("ENGINE_COMPILE_ONLY",()=>!1);function Ce(){let o,e,t,n,r,s,a,i,c,l;return R().getNumber("WEBGL_VERSION")===2?(o="#version 300 es",e="in",t="out",n="in",r="texture",s="outputColor",a="out vec4 outputColor;",i=R().getBool("WEBGL2_ISNAN_CUSTOM")?`
      bool isnan_custom(float val) {
        uint floatToUint = floatBitsToUint(val);
        return (floatToUint & 0x7fffffffu) > 0x7f800000u;
      }

      bvec4 isnan_custom(vec4 val) {
        return bvec4(isnan_custom(val.x),
          isnan_custom(val.y), isnan_custom(val.z), isnan_custom(val.w));
      }

      #define isnan(value) isnan_custom(value)
    `:"",c="",l=`
      #define round(value) newRound(value)
      int newRound(float value) {
        return int(floor(value + 0.5));
      }

      ivec4 newRound(vec4 value) {
        return ivec4(floor(value + vec4(0.5)));
      }
    `):(o="",e="attribute",t="varying",n="varying",r="texture2D",s="gl_FragColor",a="",i=`
      #define isnan(value) isnan_custom(value)
      bool isnan_custom(float val) {
        return (val > 0. || val < 1. || val == 0.) ? false : true;
      }
      bvec4 isnan_custom(vec4 val) {
        return bvec4(isnan(val.x), isnan(val.y), isnan(val.z), isnan(val.w));
      }
    `,c=`
      uniform float INFINITY;

      bool isinf(float val) {
        return abs(val) == INFINITY;
      }
      bvec4 isinf(vec4 val) {
        return equal(abs(val), vec4(INFINITY));
      }
    `,l=`
      int round(float value) {
        return int(floor(value + 0.5));
      }

      ivec4 round(vec4 value) {
        return ivec4(floor(value + vec4(0.5)));
      }
    `),{version:o,attribute:e,varyingVs:t,varyingFs:n,texture2D:r,output:s,defineOutput:a,defineSpecialNaN:i,defineSpecialInf:c,defineRound:l}}function dt(o,e,t="index"){let n=C.computeStrides(e);return n.map((r,s)=>{let a=`int ${o[s]} = ${t} / ${r}`,i=s===n.length-1?`int ${o[s+1]} = ${t} - ${o[s]} * ${r}`:`index -= ${o[s]} * ${r}`;return`${a}; ${i};`}).join("")}function ho(o,e,t="index"){let n=C.computeStrides(e);return n.map((r,s)=>{let a=`int ${o[s]} = ${t} / outShapeStrides[${s}]`,i=s===n.length-1?`int ${o[s+1]} = ${t} - ${o[s]} * outShapeStrides[${s}]`:`index -= ${o[s]} * outShapeStrides[${s}]`;return`${a}; ${i};`}).join("")}function D2(o,e){let t=o.length,n=o.map(s=>`${e}[${s}]`),r=new Array(t-1);r[t-2]=n[t-1];for(let s=t-3;s>=0;--s)r[s]=`(${r[s+1]} * ${n[s+1]})`;return r}function Sg(o,e,t="index"){let n=o.map((s,a)=>a),r=D2(n,e);return r.map((s,a)=>{let i=`int ${o[a]} = ${t} / ${r[a]}`,c=a===r.length-1?`int ${o[a+1]} = ${t} - ${o[a]} * ${r[a]}`:`index -= ${o[a]} * ${r[a]}`;return`${i}; ${c};`}).join("")}function Cn(o){let e=C.computeStrides(o).map(t=>t.toString());return`
  int getFlatIndex(ivec3 coords) {
    return coords.x * ${e[0]} + coords.y * ${e[1]} + coords.z;
  }
`}function bn(){return`
  int getFlatIndex(ivec3 coords) {
    return coords.x * outShapeStrides[0] + coords.y * outShapeStrides[1] + coords.z;
  }
`}var ja=`
  const float FLOAT_MAX = 1.70141184e38;
  const float FLOAT_MIN = 1.17549435e-38;

  lowp vec4 encode_float(highp float v) {
    if (isnan(v)) {
      return vec4(255, 255, 255, 255);
    }

    highp float av = abs(v);

    if(av < FLOAT_MIN) {
      return vec4(0.0, 0.0, 0.0, 0.0);
    } else if(v > FLOAT_MAX) {
      return vec4(0.0, 0.0, 128.0, 127.0) / 255.0;
    } else if(v < -FLOAT_MAX) {
      return vec4(0.0, 0.0,  128.0, 255.0) / 255.0;
    }

    highp vec4 c = vec4(0,0,0,0);

    highp float e = floor(log2(av));
    highp float m = exp2(fract(log2(av))) - 1.0;

    c[2] = floor(128.0 * m);
    m -= c[2] / 128.0;
    c[1] = floor(32768.0 * m);
    m -= c[1] / 32768.0;
    c[0] = floor(8388608.0 * m);

    highp float ebias = e + 127.0;
    c[3] = floor(ebias / 2.0);
    ebias -= c[3] * 2.0;
    c[2] += floor(ebias) * 128.0;

    c[3] += 128.0 * step(0.0, -v);

    return c / 255.0;
  }
`;var{getBroadcastDims:Eg}=w;function _g(o,e,t){let n=[];if(o.forEach(f=>{let h=C.sizeFromShape(f.shapeInfo.logicalShape);if(f.shapeInfo.isUniform?n.push(`uniform float ${f.name}${h>1?`[${h}]`:""};`):(n.push(`uniform sampler2D ${f.name};`),n.push(`uniform int offset${f.name};`)),t.enableShapeUniforms){let{uniformShape:m}=Ya(t.packedInputs,f.shapeInfo.logicalShape,f.shapeInfo.texShape);switch(m.length){case 1:n.push(`uniform int ${f.name}Shape;`);break;case 2:n.push(`uniform ivec2 ${f.name}Shape;`);break;case 3:n.push(`uniform ivec3 ${f.name}Shape;`);break;case 4:n.push(`uniform ivec4 ${f.name}Shape;`);break;default:break}n.push(`uniform ivec2 ${f.name}TexShape;`)}}),t.enableShapeUniforms){switch(e.logicalShape.length){case 1:n.push("uniform int outShape;");break;case 2:n.push("uniform ivec2 outShape;"),n.push("uniform int outShapeStrides;");break;case 3:n.push("uniform ivec3 outShape;"),n.push("uniform ivec2 outShapeStrides;");break;case 4:n.push("uniform ivec4 outShape;"),n.push("uniform ivec3 outShapeStrides;");break;default:break}n.push("uniform ivec2 outTexShape;")}t.customUniforms&&t.customUniforms.forEach(f=>{n.push(`uniform ${f.type} ${f.name}${f.arrayIndex?`[${f.arrayIndex}]`:""};`)});let r=n.join(`
`),s=o.map(f=>B2(f,e,t.packedInputs,t.enableShapeUniforms)).join(`
`),a=e.texShape,i=Ce(),c=O2(i),l,u,p=Q2(i);return e.isPacked?(l=F2(e.logicalShape,a,t.enableShapeUniforms),u=M2(i)):(l=P2(e.logicalShape,a,t.enableShapeUniforms),u=L2(i)),t.packedInputs&&(p+=W2),[p,c,u,r,l,s,t.userCode].join(`
`)}function wn(o,e=!1){let t=o.shapeInfo.logicalShape;switch(t.length){case 0:return o$(o,e);case 1:return r$(o,e);case 2:return a$(o,e);case 3:return c$(o,e);case 4:return u$(o,e);case 5:return p$(o);case 6:return d$(o);default:throw new Error(`${t.length}-D input sampling is not yet supported`)}}function vg(o,e){switch(o.shapeInfo.logicalShape.length){case 0:return t$(o);case 1:return n$(o,e);case 2:return s$(o,e);case 3:return i$(o,e);default:return l$(o,e)}}function B2(o,e,t=!1,n){let r="";t?r+=vg(o,n):r+=wn(o,n);let s=o.shapeInfo.logicalShape,a=e.logicalShape;return s.length<=a.length&&(t?r+=f$(o,e):r+=h$(o,e)),r}function F2(o,e,t){switch(o.length){case 0:return $g();case 1:return G2(o,e,t);case 2:return Z2(o,e,t);case 3:return q2(o,e,t);default:return X2(o,e,t)}}function P2(o,e,t){switch(o.length){case 0:return $g();case 1:return H2(o,e,t);case 2:return e$(o,e,t);case 3:return K2(o,e,t);case 4:return j2(o,e,t);case 5:return Y2(o,e);case 6:return J2(o,e);default:throw new Error(`${o.length}-D output sampling is not yet supported`)}}function O2(o){return`
    float sampleTexture(sampler2D textureSampler, vec2 uv) {
      return ${o.texture2D}(textureSampler, uv).r;
    }
  `}function L2(o){return`
    void setOutput(float val) {
      ${o.output} = vec4(val, 0, 0, 0);
    }
  `}function M2(o){return`
    void setOutput(vec4 val) {
      ${o.output} = val;
    }
  `}function Q2(o){return`${o.version}
    precision highp float;
    precision highp int;
    precision highp sampler2D;
    ${o.varyingFs} vec2 resultUV;
    ${o.defineOutput}
    const vec2 halfCR = vec2(0.5, 0.5);

    struct ivec5
    {
      int x;
      int y;
      int z;
      int w;
      int u;
    };

    struct ivec6
    {
      int x;
      int y;
      int z;
      int w;
      int u;
      int v;
    };

    uniform float NAN;
    ${o.defineSpecialNaN}
    ${o.defineSpecialInf}
    ${o.defineRound}

    int imod(int x, int y) {
      return x - y * (x / y);
    }

    int idiv(int a, int b, float sign) {
      int res = a / b;
      int mod = imod(a, b);
      if (sign < 0. && mod != 0) {
        res -= 1;
      }
      return res;
    }

    //Based on the work of Dave Hoskins
    //https://www.shadertoy.com/view/4djSRW
    #define HASHSCALE1 443.8975
    float random(float seed){
      vec2 p = resultUV * seed;
      vec3 p3  = fract(vec3(p.xyx) * HASHSCALE1);
      p3 += dot(p3, p3.yzx + 19.19);
      return fract((p3.x + p3.y) * p3.z);
    }

    ${U2}
    ${V2}
    ${z2}
  `}var U2=`
vec2 uvFromFlat(int texNumR, int texNumC, int index) {
  int texR = index / texNumC;
  int texC = index - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
vec2 packedUVfrom1D(int texNumR, int texNumC, int index) {
  int texelIndex = index / 2;
  int texR = texelIndex / texNumC;
  int texC = texelIndex - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,V2=`
vec2 packedUVfrom2D(int texelsInLogicalRow, int texNumR,
  int texNumC, int row, int col) {
  int texelIndex = (row / 2) * texelsInLogicalRow + (col / 2);
  int texR = texelIndex / texNumC;
  int texC = texelIndex - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,z2=`
vec2 packedUVfrom3D(int texNumR, int texNumC,
    int texelsInBatch, int texelsInLogicalRow, int b,
    int row, int col) {
  int index = b * texelsInBatch + (row / 2) * texelsInLogicalRow + (col / 2);
  int texR = index / texNumC;
  int texC = index - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,W2=`
  float getChannel(vec4 frag, vec2 innerDims) {
    vec2 modCoord = mod(innerDims, 2.);
    return modCoord.x == 0. ?
      (modCoord.y == 0. ? frag.r : frag.g) :
      (modCoord.y == 0. ? frag.b : frag.a);
  }
  float getChannel(vec4 frag, int dim) {
    float modCoord = mod(float(dim), 2.);
    return modCoord == 0. ? frag.r : frag.g;
  }
`;function $g(){return`
    int getOutputCoords() {
      return 0;
    }
  `}function G2(o,e,t){let n=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)];return n[0]===1?t?`
      int getOutputCoords() {
        return 2 * int(resultUV.x * ceil(float(outTexShape[1]) / 2.0));
      }
    `:`
      int getOutputCoords() {
        return 2 * int(resultUV.x * ${n[1]}.0);
      }
    `:n[1]===1?t?`
      int getOutputCoords() {
        return 2 * int(resultUV.y * ceil(float(outTexShape[0]) / 2.0));
      }
    `:`
      int getOutputCoords() {
        return 2 * int(resultUV.y * ${n[0]}.0);
      }
    `:t?`
    int getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      return 2 * (resTexRC.x * packedTexShape[1] + resTexRC.y);
    }
  `:`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${n[0]}, ${n[1]}));
      return 2 * (resTexRC.x * ${n[1]} + resTexRC.y);
    }
  `}function H2(o,e,t){return e[0]===1?t?`
      int getOutputCoords() {
        return int(resultUV.x * float(outTexShape[1]));
      }
    `:`
      int getOutputCoords() {
        return int(resultUV.x * ${e[1]}.0);
      }
    `:e[1]===1?t?`
      int getOutputCoords() {
        return int(resultUV.y * float(outTexShape[0]));
      }
    `:`
      int getOutputCoords() {
        return int(resultUV.y * ${e[0]}.0);
      }
    `:t?`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(outTexShape[0], outTexShape[1]));
      return resTexRC.x * outTexShape[1] + resTexRC.y;
    }
  `:`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${e[0]}, ${e[1]}));
      return resTexRC.x * ${e[1]} + resTexRC.y;
    }
  `}function q2(o,e,t){if(t)return`
    ivec3 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      int texelsInLogicalRow = int(ceil(float(outShape[2]) / 2.0));
      int texelsInBatch = texelsInLogicalRow * int(ceil(float(outShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;

      int b = index / texelsInBatch;
      index -= b * texelsInBatch;

      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec3(b, r, c);
    }
  `;let n=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)],r=Math.ceil(o[2]/2),s=r*Math.ceil(o[1]/2);return`
    ivec3 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${n[0]}, ${n[1]}));
      int index = resTexRC.x * ${n[1]} + resTexRC.y;

      int b = index / ${s};
      index -= b * ${s};

      int r = 2 * (index / ${r});
      int c = imod(index, ${r}) * 2;

      return ivec3(b, r, c);
    }
  `}function K2(o,e,t){if(t)return`
  ivec3 getOutputCoords() {
    ivec2 resTexRC = ivec2(resultUV.yx *
                           vec2(outTexShape[0], outTexShape[1]));
    int index = resTexRC.x * outTexShape[1] + resTexRC.y;
    ${ho(["r","c","d"],o)}
    return ivec3(r, c, d);
  }
`;let n=dt(["r","c","d"],o);return`
    ivec3 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;
      ${n}
      return ivec3(r, c, d);
    }
  `}function X2(o,e,t){if(t)return`
    ivec4 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;

      int texelsInLogicalRow = int(ceil(float(outShape[3]) / 2.0));
      int texelsInBatch = texelsInLogicalRow * int(ceil(float(outShape[2]) / 2.0));
      int texelsInBatchN = texelsInBatch * outShape[1];

      int b2 = index / texelsInBatchN;
      index -= b2 * texelsInBatchN;

      int b = index / texelsInBatch;
      index -= b * texelsInBatch;

      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec4(b2, b, r, c);
    }
  `;let n=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)],r=Math.ceil(o[o.length-1]/2),s=r*Math.ceil(o[o.length-2]/2),a=s,i="",c="b, r, c";for(let l=2;l<o.length-1;l++)a*=o[o.length-l-1],i=`
      int b${l} = index / ${a};
      index -= b${l} * ${a};
    `+i,c=`b${l}, `+c;return`
    ivec${o.length} getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${n[0]}, ${n[1]}));
      int index = resTexRC.x * ${n[1]} + resTexRC.y;

      ${i}

      int b = index / ${s};
      index -= b * ${s};

      int r = 2 * (index / ${r});
      int c = imod(index, ${r}) * 2;

      return ivec${o.length}(${c});
    }
  `}function j2(o,e,t){if(t)return`
    ivec4 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(outTexShape[0], outTexShape[1]));
      int index = resTexRC.x * outTexShape[1] + resTexRC.y;
      ${ho(["r","c","d","d2"],o)}
      return ivec4(r, c, d, d2);
    }
  `;let n=dt(["r","c","d","d2"],o);return`
    ivec4 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;
      ${n}
      return ivec4(r, c, d, d2);
    }
  `}function Y2(o,e){let t=dt(["r","c","d","d2","d3"],o);return`
    ivec5 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx * vec2(${e[0]},
                             ${e[1]}));

      int index = resTexRC.x * ${e[1]} + resTexRC.y;

      ${t}

      ivec5 outShape = ivec5(r, c, d, d2, d3);
      return outShape;
    }
  `}function J2(o,e){let t=dt(["r","c","d","d2","d3","d4"],o);return`
    ivec6 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;

      ${t}

      ivec6 result = ivec6(r, c, d, d2, d3, d4);
      return result;
    }
  `}function Z2(o,e,t){let n=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)];if(C.arraysEqual(o,e))return t?`
      ivec2 getOutputCoords() {
        ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
        return 2 * ivec2(resultUV.yx * vec2(packedTexShape[0], packedTexShape[1]));
      }
    `:`
      ivec2 getOutputCoords() {
        return 2 * ivec2(resultUV.yx * vec2(${n[0]}, ${n[1]}));
      }
    `;let r=Math.ceil(o[1]/2);return t?`
    ivec2 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      int texelsInLogicalRow = int(ceil(float(outShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));

      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;
      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec2(r, c);
    }
  `:`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${n[0]}, ${n[1]}));

      int index = resTexRC.x * ${n[1]} + resTexRC.y;
      int r = 2 * (index / ${r});
      int c = imod(index, ${r}) * 2;

      return ivec2(r, c);
    }
  `}function e$(o,e,t){return C.arraysEqual(o,e)?t?`
      ivec2 getOutputCoords() {
        return ivec2(resultUV.yx * vec2(outTexShape[0], outTexShape[1]));
      }
    `:`
      ivec2 getOutputCoords() {
        return ivec2(resultUV.yx * vec2(${e[0]}, ${e[1]}));
      }
    `:o[1]===1?t?`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(outTexShape[0], outTexShape[1]));
        int index = resTexRC.x * outTexShape[1] + resTexRC.y;
        return ivec2(index, 0);
      }
    `:`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(${e[0]}, ${e[1]}));
        int index = resTexRC.x * ${e[1]} + resTexRC.y;
        return ivec2(index, 0);
      }
    `:o[0]===1?t?`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(outTexShape[0], outTexShape[1]));
        int index = resTexRC.x * outTexShape[1] + resTexRC.y;
        return ivec2(0, index);
      }
    `:`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(${e[0]}, ${e[1]}));
        int index = resTexRC.x * ${e[1]} + resTexRC.y;
        return ivec2(0, index);
      }
    `:t?`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(outTexShape[0], outTexShape[1]));
      int index = resTexRC.x * outTexShape[1] + resTexRC.y;
      int r = index / outShape[1];
      int c = index - r * outShape[1];
      return ivec2(r, c);
    }
  `:`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;
      int r = index / ${o[1]};
      int c = index - r * ${o[1]};
      return ivec2(r, c);
    }
  `}function mo(o){return`offset${o}`}function t$(o){let e=o.name,t="get"+e.charAt(0).toUpperCase()+e.slice(1),n=Ce();return`
    vec4 ${t}() {
      return ${n.texture2D}(${e}, halfCR);
    }
  `}function o$(o,e){let t=o.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1);if(o.shapeInfo.isUniform)return`float ${n}() {return ${t};}`;let[r,s]=o.shapeInfo.texShape;if(r===1&&s===1)return`
      float ${n}() {
        return sampleTexture(${t}, halfCR);
      }
    `;let a=mo(t);if(e)return`
    float ${n}() {
      vec2 uv = uvFromFlat(${t}TexShape[0], ${t}TexShape[1], ${a});
      return sampleTexture(${t}, uv);
    }
  `;let[i,c]=o.shapeInfo.texShape;return`
    float ${n}() {
      vec2 uv = uvFromFlat(${i}, ${c}, ${a});
      return sampleTexture(${t}, uv);
    }
  `}function n$(o,e){let t=o.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1),r=o.shapeInfo.texShape,s=Ce();if(e)return`
    vec4 ${n}(int index) {
      ivec2 packedTexShape = ivec2(ceil(float(${t}TexShape[0]) / 2.0), ceil(float(${t}TexShape[1]) / 2.0));
      vec2 uv = packedUVfrom1D(
        packedTexShape[0], packedTexShape[1], index);
      return ${s.texture2D}(${t}, uv);
    }
  `;let a=[Math.ceil(r[0]/2),Math.ceil(r[1]/2)];return`
    vec4 ${n}(int index) {
      vec2 uv = packedUVfrom1D(
        ${a[0]}, ${a[1]}, index);
      return ${s.texture2D}(${t}, uv);
    }
  `}function r$(o,e){let t=o.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1);if(o.shapeInfo.isUniform)return`
      float ${n}(int index) {
        ${In(o)}
      }
    `;let r=o.shapeInfo.texShape,s=r[0],a=r[1];if(a===1&&s===1)return`
      float ${n}(int index) {
        return sampleTexture(${t}, halfCR);
      }
    `;let i=mo(t);return a===1?e?`
      float ${n}(int index) {
        vec2 uv = vec2(0.5, (float(index + ${i}) + 0.5) / float(${t}TexShape[0]));
        return sampleTexture(${t}, uv);
      }
    `:`
      float ${n}(int index) {
        vec2 uv = vec2(0.5, (float(index + ${i}) + 0.5) / ${s}.0);
        return sampleTexture(${t}, uv);
      }
    `:s===1?e?`
      float ${n}(int index) {
        vec2 uv = vec2((float(index + ${i}) + 0.5) / float(${t}TexShape[1]), 0.5);
        return sampleTexture(${t}, uv);
      }
    `:`
      float ${n}(int index) {
        vec2 uv = vec2((float(index + ${i}) + 0.5) / ${a}.0, 0.5);
        return sampleTexture(${t}, uv);
      }
    `:e?`
    float ${n}(int index) {
      vec2 uv = uvFromFlat(${t}TexShape[0], ${t}TexShape[1], index + ${i});
      return sampleTexture(${t}, uv);
    }
  `:`
    float ${n}(int index) {
      vec2 uv = uvFromFlat(${s}, ${a}, index + ${i});
      return sampleTexture(${t}, uv);
    }
  `}function s$(o,e){let t=o.shapeInfo.logicalShape,n=o.name,r="get"+n.charAt(0).toUpperCase()+n.slice(1),s=o.shapeInfo.texShape,a=s[0],i=s[1],c=Ce();if(s!=null&&C.arraysEqual(t,s))return e?`
      vec4 ${r}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${n}TexShape[1], ${n}TexShape[0]);

        return ${c.texture2D}(${n}, uv);
      }
    `:`
      vec4 ${r}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${i}.0, ${a}.0);

        return ${c.texture2D}(${n}, uv);
      }
    `;if(e)return`
    vec4 ${r}(int row, int col) {
      ivec2 packedTexShape = ivec2(ceil(float(${n}TexShape[0]) / 2.0), ceil(float(${n}TexShape[1]) / 2.0));
      int valuesPerRow = int(ceil(float(${n}Shape[1]) / 2.0));
      vec2 uv = packedUVfrom2D(valuesPerRow, packedTexShape[0], packedTexShape[1], row, col);
      return ${c.texture2D}(${n}, uv);
    }
  `;let l=[Math.ceil(s[0]/2),Math.ceil(s[1]/2)],u=Math.ceil(t[1]/2);return`
    vec4 ${r}(int row, int col) {
      vec2 uv = packedUVfrom2D(${u}, ${l[0]}, ${l[1]}, row, col);
      return ${c.texture2D}(${n}, uv);
    }
  `}function a$(o,e){let t=o.shapeInfo.logicalShape,n=o.name,r="get"+n.charAt(0).toUpperCase()+n.slice(1),s=o.shapeInfo.texShape;if(s!=null&&C.arraysEqual(t,s)){if(e)return`
      float ${r}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${n}TexShape[1], ${n}TexShape[0]);
        return sampleTexture(${n}, uv);
      }
    `;let d=s[0],f=s[1];return`
    float ${r}(int row, int col) {
      vec2 uv = (vec2(col, row) + halfCR) / vec2(${f}.0, ${d}.0);
      return sampleTexture(${n}, uv);
    }
  `}let{newShape:a,keptDims:i}=C.squeezeShape(t),c=a;if(c.length<t.length){let d=kn(o,c),f=["row","col"];return`
      ${wn(d,e)}
      float ${r}(int row, int col) {
        return ${r}(${Sn(f,i)});
      }
    `}if(o.shapeInfo.isUniform)return`
      float ${r}(int row, int col) {
        int index = round(dot(vec2(row, col), vec2(${t[1]}, 1)));
        ${In(o)}
      }
    `;let l=s[0],u=s[1],p=mo(n);return u===1?e?`
      float ${r}(int row, int col) {
        float index = dot(vec3(row, col, ${p}), vec3(${n}Shape[1], 1, 1));
        vec2 uv = vec2(0.5, (index + 0.5) / float(${n}TexShape[0]));
        return sampleTexture(${n}, uv);
      }
    `:`
    float ${r}(int row, int col) {
      float index = dot(vec3(row, col, ${p}), vec3(${t[1]}, 1, 1));
      vec2 uv = vec2(0.5, (index + 0.5) / ${l}.0);
      return sampleTexture(${n}, uv);
    }
  `:l===1?e?`
      float ${r}(int row, int col) {
        float index = dot(vec3(row, col, ${p}), vec3(${n}Shape[1], 1, 1));
        vec2 uv = vec2((index + 0.5) / float(${n}TexShape[1]), 0.5);
        return sampleTexture(${n}, uv);
      }
    `:`
    float ${r}(int row, int col) {
      float index = dot(vec3(row, col, ${p}), vec3(${t[1]}, 1, 1));
      vec2 uv = vec2((index + 0.5) / ${u}.0, 0.5);
      return sampleTexture(${n}, uv);
    }
  `:e?`
      float ${r}(int row, int col) {
        // Explicitly use integer operations as dot() only works on floats.
        int index = row * ${n}Shape[1] + col + ${p};
        vec2 uv = uvFromFlat(${n}TexShape[0], ${n}TexShape[1], index);
        return sampleTexture(${n}, uv);
      }
    `:`
  float ${r}(int row, int col) {
    // Explicitly use integer operations as dot() only works on floats.
    int index = row * ${t[1]} + col + ${p};
    vec2 uv = uvFromFlat(${l}, ${u}, index);
    return sampleTexture(${n}, uv);
  }
`}function i$(o,e){let t=o.shapeInfo.logicalShape,n=o.name,r="get"+n.charAt(0).toUpperCase()+n.slice(1),s=o.shapeInfo.texShape,a=[Math.ceil(s[0]/2),Math.ceil(s[1]/2)];if(t[0]===1){let d=t.slice(1),f=[1,2],h=kn(o,d),m=["b","row","col"];return`
        ${vg(h,e)}
        vec4 ${r}(int b, int row, int col) {
          return ${r}(${Sn(m,f)});
        }
      `}let i=Ce();if(e)return`
    vec4 ${r}(int b, int row, int col) {
      ivec2 packedTexShape = ivec2(ceil(float(${n}TexShape[0]) / 2.0), ceil(float(${n}TexShape[1]) / 2.0));
      int valuesPerRow = int(ceil(float(${n}Shape[2]) / 2.0));
      int texelsInBatch = valuesPerRow * int(ceil(float(${n}Shape[1]) / 2.0));
      vec2 uv = packedUVfrom3D(
        packedTexShape[0], packedTexShape[1], texelsInBatch, valuesPerRow, b, row, col);
      return ${i.texture2D}(${n}, uv);
    }
  `;let c=a[0],l=a[1],u=Math.ceil(t[2]/2),p=u*Math.ceil(t[1]/2);return`
    vec4 ${r}(int b, int row, int col) {
      vec2 uv = packedUVfrom3D(
        ${c}, ${l}, ${p}, ${u}, b, row, col);
      return ${i.texture2D}(${n}, uv);
    }
  `}function c$(o,e){let t=o.shapeInfo.logicalShape,n=o.name,r="get"+n.charAt(0).toUpperCase()+n.slice(1),s=t[1]*t[2],a=t[2],{newShape:i,keptDims:c}=C.squeezeShape(t),l=i;if(l.length<t.length){let m=kn(o,l),g=["row","col","depth"];return`
        ${wn(m,e)}
        float ${r}(int row, int col, int depth) {
          return ${r}(${Sn(g,c)});
        }
      `}if(o.shapeInfo.isUniform)return`
      float ${r}(int row, int col, int depth) {
        int index = round(dot(vec3(row, col, depth),
                          vec3(${s}, ${a}, 1)));
        ${In(o)}
      }
    `;let u=o.shapeInfo.texShape,p=u[0],d=u[1],f=o.shapeInfo.flatOffset;if(d===s&&f==null)return e?`
      float ${r}(int row, int col, int depth) {
        int stride1 = ${n}Shape[2];
        float texR = float(row);
        float texC = dot(vec2(col, depth), vec2(stride1, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${n}TexShape[1], ${n}TexShape[0]);
        return sampleTexture(${n}, uv);
      }
    `:`
        float ${r}(int row, int col, int depth) {
          float texR = float(row);
          float texC = dot(vec2(col, depth), vec2(${a}, 1));
          vec2 uv = (vec2(texC, texR) + halfCR) /
                     vec2(${d}.0, ${p}.0);
          return sampleTexture(${n}, uv);
        }
      `;if(d===a&&f==null)return e?`
      float ${r}(int row, int col, int depth) {
        float texR = dot(vec2(row, col), vec2(${n}Shape[1], 1));
        float texC = float(depth);
        vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${n}TexShape[1], ${n}TexShape[0]);
        return sampleTexture(${n}, uv);
      }
    `:`
    float ${r}(int row, int col, int depth) {
      float texR = dot(vec2(row, col), vec2(${t[1]}, 1));
      float texC = float(depth);
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${d}.0, ${p}.0);
      return sampleTexture(${n}, uv);
    }
  `;let h=mo(n);return e?`
    float ${r}(int row, int col, int depth) {
      // Explicitly use integer operations as dot() only works on floats.
      int stride0 = ${n}Shape[1] * ${n}Shape[2];
      int stride1 = ${n}Shape[2];
      int index = row * stride0 + col * stride1 + depth + ${h};
      vec2 uv = uvFromFlat(${n}TexShape[0], ${n}TexShape[1], index);
      return sampleTexture(${n}, uv);
    }
    `:`
      float ${r}(int row, int col, int depth) {
        // Explicitly use integer operations as dot() only works on floats.
        int index = row * ${s} + col * ${a} + depth + ${h};
        vec2 uv = uvFromFlat(${p}, ${d}, index);
        return sampleTexture(${n}, uv);
      }
  `}function l$(o,e){let t=o.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1),r=Ce();if(e)return`
    vec4 ${n}(int b2, int b, int row, int col) {
      int valuesPerRow = int(ceil(float(${t}Shape[3]) / 2.0));
      int texelsInBatch = valuesPerRow * int(ceil(float(${t}Shape[2]) / 2.0));
      int index = b * texelsInBatch + (row / 2) * valuesPerRow + (col / 2);
      texelsInBatch *= ${t}Shape[1];
      index = b2 * texelsInBatch + index;
      ivec2 packedTexShape = ivec2(ceil(float(${t}TexShape[0]) / 2.0), ceil(float(${t}TexShape[1]) / 2.0));
      int texR = index / packedTexShape[1];
      int texC = index - texR * packedTexShape[1];
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(packedTexShape[1], packedTexShape[0]); return ${r.texture2D}(${t}, uv);
    }
  `;let s=o.shapeInfo.logicalShape,a=s.length,i=o.shapeInfo.texShape,c=[Math.ceil(i[0]/2),Math.ceil(i[1]/2)],l=c[0],u=c[1],p=Math.ceil(s[a-1]/2),d=p*Math.ceil(s[a-2]/2),f="int b, int row, int col",h=`b * ${d} + (row / 2) * ${p} + (col / 2)`;for(let m=2;m<a-1;m++)f=`int b${m}, `+f,d*=s[a-m-1],h=`b${m} * ${d} + `+h;return`
    vec4 ${n}(${f}) {
      int index = ${h};
      int texR = index / ${u};
      int texC = index - texR * ${u};
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${u}, ${l});
      return ${r.texture2D}(${t}, uv);
    }
  `}function u$(o,e){let t=o.shapeInfo.logicalShape,n=o.name,r="get"+n.charAt(0).toUpperCase()+n.slice(1),s=t[3],a=t[2]*s,i=t[1]*a,{newShape:c,keptDims:l}=C.squeezeShape(t);if(c.length<t.length){let x=kn(o,c),b=["row","col","depth","depth2"];return`
      ${wn(x,e)}
      float ${r}(int row, int col, int depth, int depth2) {
        return ${r}(${Sn(b,l)});
      }
    `}if(o.shapeInfo.isUniform)return`
      float ${r}(int row, int col, int depth, int depth2) {
        int index = round(dot(vec4(row, col, depth, depth2),
                          vec4(${i}, ${a}, ${s}, 1)));
        ${In(o)}
      }
    `;let u=o.shapeInfo.flatOffset,p=o.shapeInfo.texShape,d=p[0],f=p[1],h=`int stride2 = ${n}Shape[3];`,m=`int stride1 = ${n}Shape[2] * stride2;`,g=`int stride0 = ${n}Shape[1] * stride1;`;if(f===i&&u==null)return e?`
      float ${r}(int row, int col, int depth, int depth2) {
        ${h}
        ${m}
        float texR = float(row);
        float texC =
            dot(vec3(col, depth, depth2),
                vec3(stride1, stride2, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${n}TexShape[1], ${n}TexShape[0]);
        return sampleTexture(${n}, uv);
      }
    `:`
      float ${r}(int row, int col, int depth, int depth2) {
        float texR = float(row);
        float texC =
            dot(vec3(col, depth, depth2),
                vec3(${a}, ${s}, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${f}.0, ${d}.0);
        return sampleTexture(${n}, uv);
      }
    `;if(f===s&&u==null)return e?`
      float ${r}(int row, int col, int depth, int depth2) {
        float texR = dot(vec3(row, col, depth),
                         vec3(${n}Shape[1] * ${n}Shape[2], ${n}Shape[2], 1));
        float texC = float(depth2);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${n}TexShape[1], ${n}TexShape[0]);
        return sampleTexture(${n}, uv);
      }
    `:`
      float ${r}(int row, int col, int depth, int depth2) {
        float texR = dot(vec3(row, col, depth),
                         vec3(${t[1]*t[2]}, ${t[2]}, 1));
        float texC = float(depth2);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${f}.0, ${d}.0);
        return sampleTexture(${n}, uv);
      }
    `;let A=mo(n);return e?`
    float ${r}(int row, int col, int depth, int depth2) {
      // Explicitly use integer operations as dot() only works on floats.
      ${h}
      ${m}
      ${g}
      int index = row * stride0 + col * stride1 +
          depth * stride2 + depth2;
      vec2 uv = uvFromFlat(${n}TexShape[0], ${n}TexShape[1], index + ${A});
      return sampleTexture(${n}, uv);
    }
  `:`
    float ${r}(int row, int col, int depth, int depth2) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${i} + col * ${a} +
          depth * ${s} + depth2;
      vec2 uv = uvFromFlat(${d}, ${f}, index + ${A});
      return sampleTexture(${n}, uv);
    }
  `}function p$(o){let e=o.shapeInfo.logicalShape,t=o.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1),r=e[4],s=e[3]*r,a=e[2]*s,i=e[1]*a,{newShape:c,keptDims:l}=C.squeezeShape(e);if(c.length<e.length){let m=kn(o,c),g=["row","col","depth","depth2","depth3"];return`
      ${wn(m)}
      float ${n}(int row, int col, int depth, int depth2, int depth3) {
        return ${n}(${Sn(g,l)});
      }
    `}if(o.shapeInfo.isUniform)return`
      float ${n}(int row, int col, int depth, int depth2, int depth3) {
        float index = dot(
          vec4(row, col, depth, depth2),
          vec4(${i}, ${a}, ${s}, ${r})) +
          depth3;
        ${In(o)}
      }
    `;let u=o.shapeInfo.flatOffset,p=o.shapeInfo.texShape,d=p[0],f=p[1];if(f===i&&u==null)return`
      float ${n}(int row, int col, int depth, int depth2, int depth3) {
        int texR = row;
        float texC = dot(vec4(col, depth, depth2, depth3),
                         vec4(${a}, ${s}, ${r}, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${f}.0, ${d}.0);
        return sampleTexture(${t}, uv);
      }
    `;if(f===r&&u==null)return`
      float ${n}(int row, int col, int depth, int depth2, int depth3) {
        float texR = dot(
          vec4(row, col, depth, depth2),
          vec4(${e[1]*e[2]*e[3]},
               ${e[2]*e[3]}, ${e[3]}, 1));
        int texC = depth3;
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${f}.0, ${d}.0);
        return sampleTexture(${t}, uv);
      }
    `;let h=mo(t);return`
    float ${n}(int row, int col, int depth, int depth2, int depth3) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${i} + col * ${a} + depth * ${s} +
          depth2 * ${r} + depth3 + ${h};
      vec2 uv = uvFromFlat(${d}, ${f}, index);
      return sampleTexture(${t}, uv);
    }
  `}function d$(o){let e=o.shapeInfo.logicalShape,t=o.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1),{newShape:r,keptDims:s}=C.squeezeShape(e);if(r.length<e.length){let g=kn(o,r),A=["row","col","depth","depth2","depth3","depth4"];return`
      ${wn(g)}
      float ${n}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        return ${n}(${Sn(A,s)});
      }
    `}let a=e[5],i=e[4]*a,c=e[3]*i,l=e[2]*c,u=e[1]*l;if(o.shapeInfo.isUniform)return`
      float ${n}(int row, int col, int depth,
                  int depth2, int depth3, int depth4) {
        int index = round(dot(
          vec4(row, col, depth, depth2),
          vec4(${u}, ${l}, ${c}, ${i})) +
          dot(
            vec2(depth3, depth4),
            vec2(${a}, 1)));
        ${In(o)}
      }
    `;let p=o.shapeInfo.flatOffset,d=o.shapeInfo.texShape,f=d[0],h=d[1];if(h===u&&p==null)return`
      float ${n}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        int texR = row;
        float texC = dot(vec4(col, depth, depth2, depth3),
          vec4(${l}, ${c}, ${i}, ${a})) +
               float(depth4);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${h}.0, ${f}.0);
        return sampleTexture(${t}, uv);
      }
    `;if(h===a&&p==null)return`
      float ${n}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        float texR = dot(vec4(row, col, depth, depth2),
          vec4(${e[1]*e[2]*e[3]*e[4]},
               ${e[2]*e[3]*e[4]},
               ${e[3]*e[4]},
               ${e[4]})) + float(depth3);
        int texC = depth4;
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${h}.0, ${f}.0);
        return sampleTexture(${t}, uv);
      }
    `;let m=mo(t);return`
    float ${n}(int row, int col, int depth,
                  int depth2, int depth3, int depth4) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${u} + col * ${l} + depth * ${c} +
          depth2 * ${i} + depth3 * ${a} + depth4 + ${m};
      vec2 uv = uvFromFlat(${f}, ${h}, index);
      return sampleTexture(${t}, uv);
    }
  `}function In(o){let e=o.name,t=C.sizeFromShape(o.shapeInfo.logicalShape);return t<2?`return ${e};`:`
    for (int i = 0; i < ${t}; i++) {
      if (i == index) {
        return ${e}[i];
      }
    }
  `}function f$(o,e){let t=o.name,n=t.charAt(0).toUpperCase()+t.slice(1),r="get"+n+"AtOutCoords",s=o.shapeInfo.logicalShape.length,a=e.logicalShape.length,i=Eg(o.shapeInfo.logicalShape,e.logicalShape),c=te(a),l=a-s,u,p=["x","y","z","w","u","v"];s===0?u="":a<2&&i.length>=1?u="coords = 0;":u=i.map(x=>`coords.${p[x+l]} = 0;`).join(`
`);let d="";a<2&&s>0?d="coords":d=o.shapeInfo.logicalShape.map((x,b)=>`coords.${p[b+l]}`).join(", ");let f="return outputValue;",m=C.sizeFromShape(o.shapeInfo.logicalShape)===1,A=C.sizeFromShape(e.logicalShape)===1;if(s===1&&!m&&!A)f=`
      return vec4(outputValue.xy, outputValue.xy);
    `;else if(m&&!A)a===1?f=`
        return vec4(outputValue.x, outputValue.x, 0., 0.);
      `:f=`
        return vec4(outputValue.x);
      `;else if(i.length){let x=s-2,b=s-1;i.indexOf(x)>-1&&i.indexOf(b)>-1?f="return vec4(outputValue.x);":i.indexOf(x)>-1?f="return vec4(outputValue.x, outputValue.y, outputValue.x, outputValue.y);":i.indexOf(b)>-1&&(f="return vec4(outputValue.xx, outputValue.zz);")}return`
    vec4 ${r}() {
      ${c} coords = getOutputCoords();
      ${u}
      vec4 outputValue = get${n}(${d});
      ${f}
    }
  `}function h$(o,e){let t=o.name,n=t.charAt(0).toUpperCase()+t.slice(1),r="get"+n+"AtOutCoords",s=e.texShape,a=o.shapeInfo.texShape,i=o.shapeInfo.logicalShape.length,c=e.logicalShape.length;if(!o.shapeInfo.isUniform&&i===c&&o.shapeInfo.flatOffset==null&&C.arraysEqual(a,s))return`
      float ${r}() {
        return sampleTexture(${t}, resultUV);
      }
    `;let l=te(c),u=Eg(o.shapeInfo.logicalShape,e.logicalShape),p=c-i,d,f=["x","y","z","w","u","v"];i===0?d="":c<2&&u.length>=1?d="coords = 0;":d=u.map(m=>`coords.${f[m+p]} = 0;`).join(`
`);let h="";return c<2&&i>0?h="coords":h=o.shapeInfo.logicalShape.map((m,g)=>`coords.${f[g+p]}`).join(", "),`
    float ${r}() {
      ${l} coords = getOutputCoords();
      ${d}
      return get${n}(${h});
    }
  `}function te(o){if(o<=1)return"int";if(o===2)return"ivec2";if(o===3)return"ivec3";if(o===4)return"ivec4";if(o===5)return"ivec5";if(o===6)return"ivec6";throw Error(`GPU for rank ${o} is not yet supported`)}function Ya(o,e,t){let{newShape:n,keptDims:r}=C.squeezeShape(e),s=e.length,a=o&&s===3&&e[0]===1,i=a?e.slice(1):n,c=!o&&s>1&&!C.arraysEqual(e,t)&&n.length<s||a;return{useSqueezeShape:c,uniformShape:c?i:e,keptDims:r}}function kn(o,e){let t=JSON.parse(JSON.stringify(o));return t.shapeInfo.logicalShape=e,t}function Sn(o,e){return e.map(t=>o[t]).join(", ")}function Ng(o,e,t,n){let r=t.map((u,p)=>{let d={logicalShape:u.shape,texShape:u.isUniform?null:u.texData.texShape,isUniform:u.isUniform,isPacked:u.isUniform?!1:u.texData.isPacked,flatOffset:null};return u.texData!=null&&u.texData.slice!=null&&u.texData.slice.flatOffset>0&&(d.flatOffset=u.texData.slice.flatOffset),{name:e.variableNames[p],shapeInfo:d}}),s=r.map(u=>u.shapeInfo),a={logicalShape:n.shape,texShape:n.texData.texShape,isUniform:!1,isPacked:n.texData.isPacked,flatOffset:null},i=_g(r,a,e),c=ig(o.gl,i),l=o.createProgram(c);return R().get("ENGINE_COMPILE_ONLY")?{program:e,fragmentShader:c,source:i,webGLProgram:l,inShapeInfos:s,outShapeInfo:a,variablesLocations:null,customUniformLocations:null,infLoc:null,nanLoc:null,outShapeLocation:null,outShapeStridesLocation:null,outTexShapeLocation:null}:(o.buildVao(l),Object.assign({program:e,fragmentShader:c,source:i,webGLProgram:l,inShapeInfos:s,outShapeInfo:a},Lu(o,e,l)))}function Lu(o,e,t){let n=[],r=[],s,a,i,c=null,l=null;l=o.getUniformLocation(t,"NAN",!1),R().getNumber("WEBGL_VERSION")===1&&(c=o.getUniformLocation(t,"INFINITY",!1));let u=!1;for(let p of e.variableNames){let d={name:p,uniform:o.getUniformLocation(t,p,u),offset:o.getUniformLocation(t,`offset${p}`,u)};e.enableShapeUniforms&&(d.shape=o.getUniformLocation(t,`${p}Shape`,u),d.texShape=o.getUniformLocation(t,`${p}TexShape`,u)),n.push(d)}if(e.enableShapeUniforms&&(s=o.getUniformLocation(t,"outShape",u),i=o.getUniformLocation(t,"outShapeStrides",u),a=o.getUniformLocation(t,"outTexShape",u)),e.customUniforms)for(let p of e.customUniforms)r.push(o.getUniformLocation(t,p.name,u));return{variablesLocations:n,customUniformLocations:r,infLoc:c,nanLoc:l,outShapeLocation:s,outShapeStridesLocation:i,outTexShapeLocation:a}}function Rg(o,e){if(o.length!==e.length)throw Error(`Binary was compiled with ${o.length} inputs, but was executed with ${e.length} inputs`);o.forEach((t,n)=>{let r=t.logicalShape,s=e[n],a=s.shape;if(!C.arraysEqual(r,a))throw Error(`Binary was compiled with different shapes than the current args. Shapes ${r} and ${a} must match`);if(t.isUniform&&s.isUniform)return;let i=t.texShape,c=s.isUniform?null:s.texData.texShape;if(!C.arraysEqual(i,c))throw Error(`Binary was compiled with different texture shapes than the current args. Shape ${i} and ${c} must match`)})}function Tg(o,e,t,n,r){e.program.enableShapeUniforms||(Rg(e.inShapeInfos,t),Rg([e.outShapeInfo],[n]));let s=n.texData.texture,a=n.texData.texShape;n.texData.isPacked?o.setOutputPackedMatrixTexture(s.texture,a[0],a[1]):o.setOutputMatrixTexture(s.texture,a[0],a[1]),o.setProgram(e.webGLProgram),o.bindVertexArray(e.webGLProgram.vao),R().getNumber("WEBGL_VERSION")===1&&e.infLoc!==null&&o.gl.uniform1f(e.infLoc,1/0),e.nanLoc!==null&&o.gl.uniform1f(e.nanLoc,NaN);for(let c=0;c<t.length;++c){let l=t[c],{uniform:u,offset:p,shape:d,texShape:f}=e.variablesLocations[c];if(d){let{uniformShape:h}=Ya(e.program.packedInputs,l.shape,l.texData.texShape);switch(h.length){case 1:o.gl.uniform1iv(d,new Int32Array(h));break;case 2:o.gl.uniform2iv(d,new Int32Array(h));break;case 3:o.gl.uniform3iv(d,new Int32Array(h));break;case 4:o.gl.uniform4iv(d,new Int32Array(h));break;default:break}}if(f&&o.gl.uniform2i(f,l.texData.texShape[0],l.texData.texShape[1]),u!=null){if(l.isUniform){if(C.sizeFromShape(l.shape)<2)o.gl.uniform1f(u,l.uniformValues[0]);else{let h=l.uniformValues;h instanceof Float32Array||(h=new Float32Array(h)),o.gl.uniform1fv(u,h)}continue}l.texData.slice!=null&&p!=null&&o.gl.uniform1i(p,l.texData.slice.flatOffset),o.setInputMatrixTexture(l.texData.texture.texture,u,c)}}let i=e.outShapeLocation;if(i)switch(n.shape.length){case 1:o.gl.uniform1iv(i,new Int32Array(n.shape));break;case 2:o.gl.uniform2iv(i,new Int32Array(n.shape));break;case 3:o.gl.uniform3iv(i,new Int32Array(n.shape));break;case 4:o.gl.uniform4iv(i,new Int32Array(n.shape));break;default:break}if(e.outShapeStridesLocation){let c=C.computeStrides(n.shape);switch(n.shape.length){case 2:o.gl.uniform1iv(e.outShapeStridesLocation,new Int32Array(c));break;case 3:o.gl.uniform2iv(e.outShapeStridesLocation,new Int32Array(c));break;case 4:o.gl.uniform3iv(e.outShapeStridesLocation,new Int32Array(c));break;default:break}}if(e.outTexShapeLocation&&o.gl.uniform2i(e.outTexShapeLocation,n.texData.texShape[0],n.texData.texShape[1]),e.program.customUniforms&&r)for(let c=0;c<e.program.customUniforms.length;++c){let l=e.program.customUniforms[c],u=e.customUniformLocations[c],p=r[c];if(l.type==="float")o.gl.uniform1fv(u,p);else if(l.type==="vec2")o.gl.uniform2fv(u,p);else if(l.type==="vec3")o.gl.uniform3fv(u,p);else if(l.type==="vec4")o.gl.uniform4fv(u,p);else if(l.type==="int")o.gl.uniform1iv(u,p);else if(l.type==="ivec2")o.gl.uniform2iv(u,p);else if(l.type==="ivec3")o.gl.uniform3iv(u,p);else if(l.type==="ivec4")o.gl.uniform4iv(u,p);else throw Error(`uniform type ${l.type} is not supported yet.`)}o.executeProgram()}function Dg(o,e,t){let n="";e.concat(t).forEach(a=>{let i=a.texData!=null&&a.texData.slice!=null&&a.texData.slice.flatOffset>0;if(o.enableShapeUniforms&&!a.isUniform){let c=a.texData.texShape,{useSqueezeShape:l,uniformShape:u,keptDims:p}=Ya(o.packedInputs,a.shape,c),d="",f="",h="";if(u.length===1&&o.packedInputs){let I=[Math.ceil(c[0]/2),Math.ceil(c[1]/2)];d=`${I[0]>1}_${I[1]>1}`}else if(u.length===2&&!o.packedInputs)f=`${u[0]>1}_${u[1]>1}`;else if(u.length>2&&!o.packedInputs){let I=C.computeStrides(u);h=`${I[0]===c[1]}_${I[I.length-1]===c[1]}`}let m=a.shape.length,g=u.length===2&&C.arraysEqual(a.shape,c),A=C.sizeFromShape(a.shape)===1,x=w.getBroadcastDims(a.shape,t.shape),b=!o.packedInputs&&m===t.shape.length&&C.arraysEqual(c,t.texData.texShape),y=o.packedInputs||u.length>2?"":`${c[0]>1}_${c[1]>1}`;n+=`${m}_${b}_${l?p:""}_${u.length}_${A}_${x}_${g}_${d}_${f}_${h}_${y}_${i}`}else{let c=a.isUniform?"uniform":a.texData.texShape;n+=`${a.shape}_${c}_${i}`}});let r=o.userCode,s=o.constructor.name;return s+="_"+n+"_"+r+`${R().getNumber("WEBGL_VERSION")}`,s}function ue(o){return R().getBool("WEBGL_USE_SHAPES_UNIFORMS")&&o<=4}var Ja=class{constructor(e){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.outPackingScheme=Gt.DENSE,this.customUniforms=[{name:"texShape",type:"ivec2"}];let t=Ce();this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length),this.userCode=`
      ivec3 outCoordsFromFlatIndex(int index) {
        ${this.enableShapeUniforms?ho(["r","c","d"],e):dt(["r","c","d"],e)}
        return ivec3(r, c, d);
      }

      void main() {
        ivec2 resTexRC = ivec2(resultUV.yx * vec2(texShape[0], texShape[1]));
        int index = 4 * (resTexRC.x * texShape[1] + resTexRC.y);

        vec4 result = vec4(0.);

        for (int i=0; i<4; i++) {
          int flatIndex = index + i;
          ivec3 rc = outCoordsFromFlatIndex(flatIndex);
          result[i] = getA(rc.x, rc.y, rc.z);
        }

        ${t.output} = result;
      }
    `}};var Za=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outPackingScheme=Gt.DENSE,this.customUniforms=[{name:"texShape",type:"ivec2"}];let t=Ce();this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length),this.userCode=`
      ivec3 outCoordsFromFlatIndex(int index) {
        ${this.enableShapeUniforms?ho(["r","c","d"],e):dt(["r","c","d"],e)}
        return ivec3(r, c, d);
      }

      void main() {
        ivec2 resTexRC = ivec2(resultUV.yx * vec2(texShape[0], texShape[1]));
        int index = 4 * (resTexRC.x * texShape[1] + resTexRC.y);

        vec4 result = vec4(0.);

        for (int i=0; i<4; i++) {
          int flatIndex = index + i;
          ivec3 rc = outCoordsFromFlatIndex(flatIndex);
          result[i] = getChannel(getA(rc.x, rc.y, rc.z), vec2(rc.y, rc.z));
        }

        ${t.output} = result;
      }
    `}};var ei=class{constructor(e){this.variableNames=["A"],this.outTexUsage=Te.DOWNLOAD;let t=Ce();this.outputShape=e,this.userCode=`
      ${ja}

      void main() {
        float x = getAAtOutCoords();
        ${t.output} = encode_float(x);
      }
    `}};var ti=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!1,this.outTexUsage=Te.DOWNLOAD;let t=Ce();this.outputShape=e,this.userCode=`
      ${ja}

      void main() {
        ivec3 coords = getOutputCoords();
        float x = getChannel(getAAtOutCoords(), vec2(coords.y, coords.z));
        ${t.output} = encode_float(x);
      }
    `}};var A$={R:0,G:1,B:2,A:3},ra=class{constructor(e,t=!1,n="RGBA"){this.variableNames=["A"],this.customUniforms=[{name:"texShape",type:"ivec2"}];let r=Ce();this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length);let s="result";t&&(s="floor(result * 255. + 0.5)");let a="";for(let i=0;i<n.length;i++){let c=n[i];a+=`
          if(offset == ${i}) {
            result = values[${A$[c]}];
          }`}this.userCode=`
      ${this.enableShapeUniforms?bn():Cn(e)}

      void main() {
        ivec3 coords = getOutputCoords();
        int flatIndex = getFlatIndex(coords);
        float result = 0.;
        int offset = imod(flatIndex, ${n.length});

        flatIndex = idiv(flatIndex, ${n.length}, 1.);

        int r = flatIndex / texShape[1];
        if (r < texShape[0]) {
          int c = imod(flatIndex, texShape[1]);
          vec2 uv = (vec2(c, r) + halfCR) / vec2(texShape[1], texShape[0]);
          vec4 values = ${r.texture2D}(A, uv);
          ${a}
        }
        ${r.output} = vec4(${s}, 0., 0., 0.);
      }
    `}};var oi=class{constructor(e,t=!1){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.customUniforms=[{name:"texShape",type:"ivec2"}];let n=Ce();this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length);let r="",s="result";t&&(s="floor(result * 255. + 0.5)");for(let a=0;a<=1;a++)for(let i=0;i<=1;i++){let c=a*2+i;r+=`
          localCoords = coords;
          if(localCoords[2] + ${i} < ${this.enableShapeUniforms?"outShape[2]":`${e[2]}`}) {
          localCoords[2] += ${i};
          if (localCoords[1] + ${a} < ${this.enableShapeUniforms?"outShape[1]":`${e[1]}`}) {
            localCoords[1] += ${a};

            flatIndex = getFlatIndex(localCoords);
            offset = imod(flatIndex, 4);

            flatIndex = idiv(flatIndex, 4, 1.);

            int r = flatIndex / texShape[1];
            int c = imod(flatIndex, texShape[1]);
            vec2 uv = (vec2(c, r) + halfCR) / vec2(texShape[1], texShape[0]);
            values = ${n.texture2D}(A, uv);

            if (offset == 0) {
              result[${c}] = values[0];
            } else if (offset == 1) {
              result[${c}] = values[1];
            } else if (offset == 2) {
              result[${c}] = values[2];
            } else {
              result[${c}] = values[3];
            }
          }
        }
        `}this.userCode=`
        ${this.enableShapeUniforms?bn():Cn(e)}

        void main() {
          ivec3 coords = getOutputCoords();

          vec4 result = vec4(0.);
          int flatIndex, r, c, offset;
          ivec3 localCoords;
          vec2 uv;
          vec4 values;

          ${r}

          ${n.output} = ${s};
        }
    `}};function Bg(o){let e=Ce(),t=`${e.version}
    precision highp float;
    ${e.attribute} vec3 clipSpacePos;
    ${e.attribute} vec2 uv;
    ${e.varyingVs} vec2 resultUV;

    void main() {
      gl_Position = vec4(clipSpacePos, 1);
      resultUV = uv;
    }`;return ag(o,t)}function Fg(o){let e=new Float32Array([-1,1,0,0,1,-1,-1,0,0,0,1,1,0,1,1,1,-1,0,1,0]);return ug(o,e)}function Pg(o){let e=new Uint16Array([0,1,2,2,1,3]);return pg(o,e)}function sa(o,e,t,n,r,s){fg(e,t);let a=dg(o),i=o.TEXTURE_2D;return K(o,()=>o.bindTexture(i,a)),K(o,()=>o.texParameteri(i,o.TEXTURE_WRAP_S,o.CLAMP_TO_EDGE)),K(o,()=>o.texParameteri(i,o.TEXTURE_WRAP_T,o.CLAMP_TO_EDGE)),K(o,()=>o.texParameteri(i,o.TEXTURE_MIN_FILTER,o.NEAREST)),K(o,()=>o.texParameteri(i,o.TEXTURE_MAG_FILTER,o.NEAREST)),R().getNumber("WEBGL_VERSION")===1?K(o,()=>o.texImage2D(i,0,n,e,t,0,r,s,null)):K(o,()=>o.texStorage2D(i,1,n,e,t)),K(o,()=>o.bindTexture(o.TEXTURE_2D,null)),{texture:a,texShape:[t,e]}}function Mu(o){return o.internalFormatFloat}function Og(o,e,t,n){let[r,s]=po(e,t);return sa(o,r,s,Mu(n),n.textureFormatFloat,o.FLOAT)}function Qu(o){return o.internalFormatHalfFloat}function Lg(o,e,t,n){let[r,s]=po(e,t);return sa(o,r,s,Qu(n),n.textureFormatFloat,n.textureTypeHalfFloat)}function Uu(o){return o.downloadTextureFormat}function Mg(o,e,t,n){let[r,s]=po(e,t);return sa(o,r,s,Uu(n),o.RGBA,o.UNSIGNED_BYTE)}function Vu(o){return o.internalFormatPackedFloat}function Qg(o,e,t,n){let[r,s]=bt(e,t);return sa(o,r,s,Vu(n),o.RGBA,o.FLOAT)}function zu(o){return o.internalFormatPackedHalfFloat}function Ug(o,e,t,n){let[r,s]=bt(e,t);return sa(o,r,s,zu(n),o.RGBA,n.textureTypeHalfFloat)}function Vg(o,e,t){return K(o,()=>o.bindBuffer(o.ARRAY_BUFFER,t)),Fu(o,e,"clipSpacePos",t,3,20,0)&&Fu(o,e,"uv",t,2,20,12)}function zg(o,e,t,n,r,s){K(o,()=>o.bindTexture(o.TEXTURE_2D,e));let a,i,c;r instanceof Uint8Array?(a=new Uint8Array(t*n*4),i=o.UNSIGNED_BYTE,c=o.RGBA):(a=new Float32Array(t*n*4),i=o.FLOAT,c=s.internalFormatPackedFloat),a.set(r),R().getNumber("WEBGL_VERSION")===2?K(o,()=>o.texSubImage2D(o.TEXTURE_2D,0,0,0,t,n,o.RGBA,i,a)):K(o,()=>o.texImage2D(o.TEXTURE_2D,0,c,t,n,0,o.RGBA,i,a)),K(o,()=>o.bindTexture(o.TEXTURE_2D,null))}function Wg(o,e,t){K(o,()=>o.bindTexture(o.TEXTURE_2D,e)),t.data instanceof Uint8Array?R().getNumber("WEBGL_VERSION")===2?K(o,()=>o.texSubImage2D(o.TEXTURE_2D,0,0,0,t.width,t.height,o.RGBA,o.UNSIGNED_BYTE,t.data)):K(o,()=>o.texImage2D(o.TEXTURE_2D,0,o.RGBA,t.width,t.height,0,o.RGBA,o.UNSIGNED_BYTE,t.data)):R().getNumber("WEBGL_VERSION")===2?K(o,()=>o.texSubImage2D(o.TEXTURE_2D,0,0,0,o.RGBA,o.UNSIGNED_BYTE,t)):K(o,()=>o.texImage2D(o.TEXTURE_2D,0,o.RGBA,o.RGBA,o.UNSIGNED_BYTE,t)),K(o,()=>o.bindTexture(o.TEXTURE_2D,null))}function Gg(o,e,t,n){let r=o.createBuffer();K(o,()=>o.bindBuffer(o.PIXEL_PACK_BUFFER,r));let i=4*4*e*t;return K(o,()=>o.bufferData(o.PIXEL_PACK_BUFFER,i,o.STREAM_READ)),K(o,()=>o.readPixels(0,0,t,e,o.RGBA,o.FLOAT,0)),K(o,()=>o.bindBuffer(o.PIXEL_PACK_BUFFER,null)),r}function Hg(o,e,t){let n=o,r=new Float32Array(t);return n.bindBuffer(n.PIXEL_PACK_BUFFER,e),n.getBufferSubData(n.PIXEL_PACK_BUFFER,0,r),n.bindBuffer(n.PIXEL_PACK_BUFFER,null),r}function qg(o,e,t,n){let[r,s]=po(e,t),a=4,i=new Uint8Array(ng(e*t,a));return K(o,()=>o.readPixels(0,0,r,s,n.downloadTextureFormat,o.UNSIGNED_BYTE,i)),new Float32Array(i.buffer)}function Kg(o,e,t,n,r,s,a,i){let c=o,l=new Float32Array(rg(s,a));return c.bindBuffer(c.PIXEL_PACK_BUFFER,e),c.getBufferSubData(c.PIXEL_PACK_BUFFER,0,l),c.bindBuffer(c.PIXEL_PACK_BUFFER,null),l}function Xg(o,e,t){let n=new Float32Array(e*t*4);return K(o,()=>o.readPixels(0,0,t,e,o.RGBA,o.FLOAT,n)),n}var En=class{constructor(e){this.outputTexture=null,this.program=null,this.disposed=!1,this.itemsToPoll=[];let t=R().getNumber("WEBGL_VERSION");if(e!=null?(this.gl=e,og(t,e)):this.gl=He(t),e=this.gl,R().getNumber("WEBGL_VERSION")===2){let s=e;this.createVertexArray=()=>K(s,()=>s.createVertexArray()),this.bindVertexArray=a=>K(s,()=>s.bindVertexArray(a)),this.deleteVertexArray=a=>K(s,()=>s.deleteVertexArray(a)),this.getVertexArray=()=>K(s,()=>s.getParameter(s.VERTEX_ARRAY_BINDING))}else if(e!=null){let s=e.getExtension("OES_vertex_array_object");if(s==null)throw new Error("All WebGL1 implementations are expected to offer OES_vertex_array_object.");this.createVertexArray=()=>K(e,()=>s.createVertexArrayOES()),this.bindVertexArray=a=>K(e,()=>s.bindVertexArrayOES(a)),this.deleteVertexArray=a=>K(e,()=>s.deleteVertexArrayOES(a)),this.getVertexArray=()=>K(e,()=>e.getParameter(s.VERTEX_ARRAY_BINDING_OES))}let n="WEBGL_color_buffer_float",r="EXT_color_buffer_half_float";if(this.parallelCompilationExtension=this.gl.getExtension("KHR_parallel_shader_compile"),R().getNumber("WEBGL_VERSION")===1){let s="OES_texture_float",a="OES_texture_half_float";if(this.textureFloatExtension=ta(this.gl,s),tt(this.gl,a))this.textureHalfFloatExtension=ta(this.gl,a);else if(R().get("WEBGL_FORCE_F16_TEXTURES"))throw new Error("GL context does not support half float textures, yet the environment flag WEBGL_FORCE_F16_TEXTURES is set to true.");if(this.colorBufferFloatExtension=this.gl.getExtension(n),tt(this.gl,r))this.colorBufferHalfFloatExtension=ta(this.gl,r);else if(R().get("WEBGL_FORCE_F16_TEXTURES"))throw new Error("GL context does not support color renderable half floats, yet the environment flag WEBGL_FORCE_F16_TEXTURES is set to true.")}else if(n="EXT_color_buffer_float",tt(this.gl,n))this.colorBufferFloatExtension=this.gl.getExtension(n);else if(tt(this.gl,r))this.colorBufferHalfFloatExtension=this.gl.getExtension(r);else throw new Error("GL context does not support color renderable floats");this.vertexBuffer=Fg(this.gl),this.indexBuffer=Pg(this.gl),this.framebuffer=hg(this.gl),this.textureConfig=ea(this.gl,this.textureHalfFloatExtension)}get debug(){return R().getBool("DEBUG")}dispose(){if(this.disposed)return;this.program!=null&&console.warn("Disposing a GPGPUContext that still has a bound WebGLProgram. This is probably a resource leak, delete the program with GPGPUContext.deleteProgram before disposing."),this.outputTexture!=null&&console.warn("Disposing a GPGPUContext that still has a bound output matrix texture.  This is probably a resource leak, delete the output matrix texture with GPGPUContext.deleteMatrixTexture before disposing.");let e=this.gl;K(e,()=>e.finish()),K(e,()=>e.bindFramebuffer(e.FRAMEBUFFER,null)),K(e,()=>e.deleteFramebuffer(this.framebuffer)),K(e,()=>e.bindBuffer(e.ARRAY_BUFFER,null)),K(e,()=>e.bindBuffer(e.ELEMENT_ARRAY_BUFFER,null)),K(e,()=>e.deleteBuffer(this.indexBuffer)),this.disposed=!0}createFloat32MatrixTexture(e,t){return this.throwIfDisposed(),Og(this.gl,e,t,this.textureConfig)}createFloat16MatrixTexture(e,t){return this.throwIfDisposed(),Lg(this.gl,e,t,this.textureConfig)}createUnsignedBytesMatrixTexture(e,t){return this.throwIfDisposed(),Mg(this.gl,e,t,this.textureConfig)}uploadPixelDataToTexture(e,t){this.throwIfDisposed(),Wg(this.gl,e,t)}uploadDenseMatrixToTexture(e,t,n,r){this.throwIfDisposed(),zg(this.gl,e,t,n,r,this.textureConfig)}createFloat16PackedMatrixTexture(e,t){return this.throwIfDisposed(),Ug(this.gl,e,t,this.textureConfig)}createPackedMatrixTexture(e,t){return this.throwIfDisposed(),Qg(this.gl,e,t,this.textureConfig)}deleteMatrixTexture(e){this.throwIfDisposed(),this.outputTexture===e&&(Pu(this.gl,this.framebuffer),this.outputTexture=null),K(this.gl,()=>this.gl.deleteTexture(e))}downloadByteEncodedFloatMatrixFromOutputTexture(e,t,n){return this.downloadMatrixDriver(e,()=>qg(this.gl,t,n,this.textureConfig))}downloadPackedMatrixFromBuffer(e,t,n,r,s,a){return Kg(this.gl,e,t,n,r,s,a,this.textureConfig)}downloadFloat32MatrixFromBuffer(e,t){return Hg(this.gl,e,t)}createBufferFromTexture(e,t,n){this.bindTextureToFrameBuffer(e);let r=Gg(this.gl,t,n,this.textureConfig);return this.unbindTextureToFrameBuffer(),r}createAndWaitForFence(){let e=this.createFence(this.gl);return this.pollFence(e)}createFence(e){let t,n;if(R().getBool("WEBGL_FENCE_API_ENABLED")){let r=e,s=r.fenceSync(r.SYNC_GPU_COMMANDS_COMPLETE,0);e.flush(),n=()=>{let a=r.clientWaitSync(s,0,0);return a===r.ALREADY_SIGNALED||a===r.CONDITION_SATISFIED},t=s}else R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")>0?(t=this.beginQuery(),this.endQuery(),n=()=>this.isQueryAvailable(t,R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))):n=()=>!0;return{query:t,isFencePassed:n}}downloadMatrixFromPackedTexture(e,t,n){return this.downloadMatrixDriver(e,()=>Xg(this.gl,t,n))}createProgram(e){this.throwIfDisposed();let t=this.gl;this.vertexShader==null&&(this.vertexShader=Bg(t));let n=cg(t);K(t,()=>t.attachShader(n,this.vertexShader)),K(t,()=>t.attachShader(n,e)),lg(t,n);let r=Object.assign(n,{vao:this.createVertexArray()});return this.debug&&qa(t,r),r}buildVao(e){this.setProgram(e),this.bindVertexArray(e.vao);let t=this.gl;K(t,()=>t.bindBuffer(t.ELEMENT_ARRAY_BUFFER,this.indexBuffer)),Vg(t,e,this.vertexBuffer)}deleteProgram(e){this.throwIfDisposed(),e===this.program&&(this.program=null),e!=null&&(K(this.gl,()=>this.gl.deleteProgram(e)),this.deleteVertexArray(e.vao))}setProgram(e){this.throwIfDisposed(),this.program=e,this.program!=null&&this.debug&&qa(this.gl,this.program),K(this.gl,()=>this.gl.useProgram(e))}getUniformLocation(e,t,n=!0){return this.throwIfDisposed(),n?mg(this.gl,e,t):gg(this.gl,e,t)}getAttributeLocation(e,t){return this.throwIfDisposed(),K(this.gl,()=>this.gl.getAttribLocation(e,t))}getUniformLocationNoThrow(e,t){return this.throwIfDisposed(),this.gl.getUniformLocation(e,t)}setInputMatrixTexture(e,t,n){this.throwIfDisposed(),this.throwIfNoProgram(),Ag(this.gl,e,t,n)}setOutputMatrixTexture(e,t,n){this.setOutputMatrixTextureDriver(e,n,t)}setOutputPackedMatrixTexture(e,t,n){this.throwIfDisposed();let[r,s]=bt(t,n);this.setOutputMatrixTextureDriver(e,r,s)}setOutputMatrixWriteRegion(e,t,n,r){this.setOutputMatrixWriteRegionDriver(n,e,r,t)}setOutputPackedMatrixWriteRegion(e,t,n,r){throw new Error("setOutputPackedMatrixWriteRegion not implemented.")}debugValidate(){this.program!=null&&qa(this.gl,this.program),oa(this.gl)}executeProgram(){this.throwIfDisposed(),this.throwIfNoProgram();let e=this.gl;if(this.debug){let t=this.getVertexArray();console.assert(t===this.program.vao,"VAO changed between setProgram and executeProgram!"),this.debugValidate()}K(e,()=>e.drawElements(e.TRIANGLES,6,e.UNSIGNED_SHORT,0))}blockUntilAllProgramsCompleted(){this.throwIfDisposed(),K(this.gl,()=>this.gl.finish())}getQueryTimerExtension(){return this.disjointQueryTimerExtension==null&&(this.disjointQueryTimerExtension=ta(this.gl,R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2?"EXT_disjoint_timer_query_webgl2":"EXT_disjoint_timer_query")),this.disjointQueryTimerExtension}getQueryTimerExtensionWebGL2(){return this.getQueryTimerExtension()}getQueryTimerExtensionWebGL1(){return this.getQueryTimerExtension()}beginQuery(){if(R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2){let n=this.gl,r=this.getQueryTimerExtensionWebGL2(),s=n.createQuery();return n.beginQuery(r.TIME_ELAPSED_EXT,s),s}let e=this.getQueryTimerExtensionWebGL1(),t=e.createQueryEXT();return e.beginQueryEXT(e.TIME_ELAPSED_EXT,t),t}endQuery(){if(R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2){let t=this.gl,n=this.getQueryTimerExtensionWebGL2();t.endQuery(n.TIME_ELAPSED_EXT);return}let e=this.getQueryTimerExtensionWebGL1();e.endQueryEXT(e.TIME_ELAPSED_EXT)}async waitForQueryAndGetTime(e){return await C.repeatedTry(()=>this.disposed||this.isQueryAvailable(e,R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))),this.getQueryTime(e,R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))}getQueryTime(e,t){if(t===0)return null;if(t===2){let n=this.gl;return n.getQueryParameter(e,n.QUERY_RESULT)/1e6}else{let n=this.getQueryTimerExtensionWebGL1();return n.getQueryObjectEXT(e,n.QUERY_RESULT_EXT)/1e6}}isQueryAvailable(e,t){if(t===0)return!0;if(t===2){let n=this.gl,r=this.getQueryTimerExtensionWebGL2(),s=n.getQueryParameter(e,n.QUERY_RESULT_AVAILABLE);return this.disjoint==null&&(this.disjoint=this.gl.getParameter(r.GPU_DISJOINT_EXT)),s&&!this.disjoint}else{let n=this.getQueryTimerExtensionWebGL1(),r=n.getQueryObjectEXT(e,n.QUERY_RESULT_AVAILABLE_EXT);return this.disjoint==null&&(this.disjoint=this.gl.getParameter(n.GPU_DISJOINT_EXT)),r&&!this.disjoint}}pollFence(e){return new Promise(t=>{this.addItemToPoll(()=>e.isFencePassed(),()=>t())})}pollItems(){let e=C$(this.itemsToPoll.map(t=>t.isDoneFn));for(let t=0;t<=e;++t){let{resolveFn:n}=this.itemsToPoll[t];n()}this.itemsToPoll=this.itemsToPoll.slice(e+1)}addItemToPoll(e,t){if(this.itemsToPoll.push({isDoneFn:e,resolveFn:t}),this.itemsToPoll.length>1)return;let n;"setTimeoutCustom"in R().platform&&(n=R().platform.setTimeoutCustom.bind(R().platform)),C.repeatedTry(()=>(this.pollItems(),this.itemsToPoll.length===0),()=>0,null,n)}bindTextureToFrameBuffer(e){this.throwIfDisposed(),Ka(this.gl,e,this.framebuffer),this.debug&&oa(this.gl)}unbindTextureToFrameBuffer(){this.outputTexture!=null?(Ka(this.gl,this.outputTexture,this.framebuffer),this.debug&&oa(this.gl)):Pu(this.gl,this.framebuffer)}downloadMatrixDriver(e,t){this.bindTextureToFrameBuffer(e);let n=t();return this.unbindTextureToFrameBuffer(),n}setOutputMatrixTextureDriver(e,t,n){this.throwIfDisposed();let r=this.gl;Ka(r,e,this.framebuffer),this.debug&&oa(r),this.outputTexture=e,K(r,()=>r.viewport(0,0,t,n)),K(r,()=>r.scissor(0,0,t,n))}setOutputMatrixWriteRegionDriver(e,t,n,r){this.throwIfDisposed(),K(this.gl,()=>this.gl.scissor(e,t,n,r))}throwIfDisposed(){if(this.disposed)throw new Error("Attempted to use disposed GPGPUContext.")}throwIfNoProgram(){if(this.program==null)throw new Error("No GPU program is currently set.")}};function C$(o){let e=0;for(;e<o.length&&o[e]();++e);return e-1}var{addImpl:jg,bincountImpl:ni,bincountReduceImpl:Yg,bitwiseAndImpl:Jg,castImpl:Zg,ceilImpl:eA,concatImpl:tA,equalImpl:oA,expImpl:nA,expm1Impl:rA,floorImpl:sA,gatherNdImpl:aA,gatherV2Impl:iA,greaterImpl:cA,greaterEqualImpl:lA,lessImpl:uA,lessEqualImpl:pA,linSpaceImpl:dA,logImpl:fA,maxImpl:hA,maximumImpl:mA,minimumImpl:gA,multiplyImpl:AA,negImpl:xA,notEqualImpl:CA,prodImpl:bA,raggedGatherImpl:yA,raggedRangeImpl:wA,raggedTensorToTensorImpl:IA,rangeImpl:kA,rsqrtImpl:SA,scatterImpl:EA,sigmoidImpl:_A,simpleAbsImpl:ri,sliceImpl:vA,sparseFillEmptyRowsImpl:$A,sparseReshapeImpl:RA,sparseSegmentReductionImpl:si,sqrtImpl:NA,staticRegexReplaceImpl:TA,stridedSliceImpl:DA,stringNGramsImpl:BA,stringSplitImpl:FA,stringToHashBucketFastImpl:PA,subImpl:OA,tileImpl:LA,topKImpl:MA,transposeImpl:go,uniqueImpl:QA}=xf;function Wu(o,e){return["x","y","z","w","u","v"].slice(0,e).map(t=>`${o}.${t}`)}function ye(o,e){return e===1?[o]:Wu(o,e)}function UA(o,e){if(o===1)return"rc";let t="";for(let n=0;n<o;n++)t+=e[n],n<o-1&&(t+=",");return t}var ai=class{constructor(e){if(this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.outputShape=e,this.rank=e.length,this.enableShapeUniforms=ue(this.outputShape.length),this.rank===0)this.userCode=`
        void main() {
          setOutput(vec4(getA(), 0., 0., 0.));
        }
      `;else{let t=ye("rc",this.rank),n=te(this.rank),r=this.getOutOfBoundsCondition(t),s=this.getSetup(t),a=this.getOutput(t);this.userCode=`
        void main() {
          ${n} rc = getOutputCoords();

          if(${r}) {
            setOutput(vec4(0));
          } else {
            ${s}

            setOutput(vec4(${a}));
          }
        }
      `}}getSourceCoordsArr(e){let t=[];for(let n=0;n<=1;n++)for(let r=0;r<=1;r++){let s=`${n===0?"r":"rp1"}, ${r===0?"c":"cp1"}`;for(let a=2;a<this.rank;a++)s=`${e[e.length-1-a]},`+s;t.push(s)}return t}getOutOfBoundsCondition(e){if(this.rank===1)return`rc > ${this.enableShapeUniforms?"outShape":this.outputShape[0]}`;let t="";for(let n=this.rank-2;n<this.rank;n++)t+=`${e[n]} >= ${this.enableShapeUniforms?`outShape[${n}]`:this.outputShape[n]}`,n<this.rank-1&&(t+="||");return t}getSetup(e){if(this.rank===1)return"";let t=e.slice(-2),n=this.enableShapeUniforms?`outShape[${this.rank} - 1]`:this.outputShape[this.rank-1],r=this.enableShapeUniforms?`outShape[${this.rank} - 2]`:this.outputShape[this.rank-2];return`
      int r = ${t[0]};
      int c = ${t[1]};
      int rp1 = r + 1;
      int cp1 = c + 1;

      bool cEdge = cp1 >= ${n};
      bool rEdge = rp1 >= ${r};
    `}getOutput(e){let t=this.getSourceCoordsArr(e);return this.rank===1?`getA(rc), (rc + 1 >= ${this.enableShapeUniforms?"outShape":this.outputShape[0]} ? 0. : getA(rc + 1)), 0, 0`:`getA(${t[0]}),
            cEdge ? 0. : getA(${t[1]}),
            rEdge ? 0. : getA(${t[2]}),
            rEdge || cEdge ? 0. : getA(${t[3]})`}};var _n=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"inputShape",type:"ivec3"}],this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length);let n="";for(let r=0;r<4;r++){let s="thisRC = rc;";r%2===1&&(s+="thisRC.z += 1;"),r>1&&(s+="thisRC.y += 1;"),n+=`
        ${s}
        ${r>0?"if(thisRC.y < rows && thisRC.z < cols){":""}
          int flatIndex = getFlatIndex(thisRC);

          ivec3 inputRC = inputCoordsFromReshapedOutCoords(flatIndex);
          vec2 inputRCInnerDims = vec2(float(inputRC.y),float(inputRC.z));

          result[${r}] =
            getChannel(getA(inputRC.x, inputRC.y, inputRC.z), inputRCInnerDims);
        ${r>0?"}":""}
      `}this.userCode=`
      ${b$(t,this.enableShapeUniforms)}
      ${this.enableShapeUniforms?bn():Cn(e)}

      void main() {
        ivec3 rc = getOutputCoords();

        vec4 result = vec4(0.);

        ivec3 thisRC;
        int rows = ${this.enableShapeUniforms?"outShape[1]":e[1]};
        int cols = ${this.enableShapeUniforms?"outShape[2]":e[2]};

        ${n}

        setOutput(result);
      }
    `}};function b$(o,e){return`
    ivec3 inputCoordsFromReshapedOutCoords(int index) {
      ${e?Sg(["r","c","d"],"inputShape"):dt(["r","c","d"],o)}
      return ivec3(r, c, d);
    }
  `}var ii=class{constructor(e){this.gpgpu=e,this.numUsedTextures=0,this.numFreeTextures=0,this._numBytesAllocated=0,this._numBytesFree=0,this.freeTextures={},this.usedTextures={},this.logEnabled=!1}acquireTexture(e,t,n){let r=zA(t,n),s=WA(e,r,n);s in this.freeTextures||(this.freeTextures[s]=[]),s in this.usedTextures||(this.usedTextures[s]=[]);let a=VA(e,r,this.gpgpu.gl,this.gpgpu.textureConfig,n);if(this.freeTextures[s].length>0){this.numFreeTextures--,this.numUsedTextures++,this._numBytesFree-=a,this.log();let c=this.freeTextures[s].pop();return this.usedTextures[s].push(c),c}let i;return r===Re.PACKED_2X2_FLOAT32?i=this.gpgpu.createPackedMatrixTexture(e[0],e[1]):r===Re.PACKED_2X2_FLOAT16?i=this.gpgpu.createFloat16PackedMatrixTexture(e[0],e[1]):r===Re.UNPACKED_FLOAT32?i=this.gpgpu.createFloat32MatrixTexture(e[0],e[1]):r===Re.UNPACKED_FLOAT16?i=this.gpgpu.createFloat16MatrixTexture(e[0],e[1]):r===Re.PACKED_4X1_UNSIGNED_BYTE&&(i=this.gpgpu.createUnsignedBytesMatrixTexture(e[0],e[1])),this.usedTextures[s].push(i),this.numUsedTextures++,this._numBytesAllocated+=a,this.log(),i}releaseTexture(e,t,n,r){if(this.freeTextures==null)return;let s=zA(n,r),a=WA(t,s,r);a in this.freeTextures||(this.freeTextures[a]=[]);let i=VA(t,s,this.gpgpu.gl,this.gpgpu.textureConfig,r),c=R().getNumber("WEBGL_DELETE_TEXTURE_THRESHOLD");c!==-1&&this._numBytesAllocated>c?(this.gpgpu.deleteMatrixTexture(e.texture),this._numBytesAllocated-=i):(this.freeTextures[a].push(e),this.numFreeTextures++,this._numBytesFree+=i),this.numUsedTextures--;let l=this.usedTextures[a],u=l&&l.indexOf(e);if(u==null||u<0)throw new Error("Cannot release a texture that was never provided by this texture manager");l[u]=l[l.length-1],l.pop(),this.log()}log(){if(!this.logEnabled)return;let e=this.numFreeTextures+this.numUsedTextures;console.log("Free/Used",`${this.numFreeTextures} / ${this.numUsedTextures}`,`(${e})`);let t=this._numBytesFree/this._numBytesAllocated;console.log(`Bytes allocated: ${this._numBytesAllocated}`),console.log(`Bytes unused: ${this._numBytesFree} (${Math.round(100*t)}%)`)}get numBytesAllocated(){return this._numBytesAllocated}get numBytesFree(){return this._numBytesFree}getNumUsedTextures(){return this.numUsedTextures}getNumFreeTextures(){return this.numFreeTextures}dispose(){if(this.freeTextures!=null){for(let e in this.freeTextures)this.freeTextures[e].forEach(t=>{this.gpgpu.deleteMatrixTexture(t.texture)});for(let e in this.usedTextures)this.usedTextures[e].forEach(t=>{this.gpgpu.deleteMatrixTexture(t.texture)});this.freeTextures=null,this.usedTextures=null,this.numUsedTextures=0,this.numFreeTextures=0,this._numBytesAllocated=0,this._numBytesFree=0}}};function y$(o,e){let t=o;if(e===t.R32F)return 4;if(e===t.R16F)return 2;if(e===t.RGBA32F)return 16;if(e===o.RGBA)return 16;if(e===t.RGBA16F)return 8;if(e===t.RGBA8)return 4;throw new Error(`Unknown internal format ${e}`)}function VA(o,e,t,n,r){let s=w$(e,n),a;if(r){let[c,l]=bt(o[0],o[1]);a=c*l}else{let[c,l]=po(o[0],o[1]);a=c*l}let i=y$(t,s);return a*i}function w$(o,e){switch(o){case Re.PACKED_2X2_FLOAT32:return Vu(e);case Re.PACKED_2X2_FLOAT16:return zu(e);case Re.UNPACKED_FLOAT32:return Mu(e);case Re.UNPACKED_FLOAT16:return Qu(e);case Re.PACKED_4X1_UNSIGNED_BYTE:return Uu(e);default:throw new Error(`Unknown physical texture type ${o}`)}}function I$(o){return R().getBool("WEBGL_RENDER_FLOAT32_ENABLED")?o?Re.PACKED_2X2_FLOAT32:Re.UNPACKED_FLOAT32:o?Re.PACKED_2X2_FLOAT16:Re.UNPACKED_FLOAT16}function zA(o,e){if(o===Te.UPLOAD)return Re.PACKED_2X2_FLOAT32;if(o===Te.RENDER||o==null)return I$(e);if(o===Te.DOWNLOAD||o===Te.PIXELS)return Re.PACKED_4X1_UNSIGNED_BYTE;throw new Error(`Unknown logical texture type ${o}`)}function WA(o,e,t){return`${o[0]}_${o[1]}_${e}_${t}`}var Ne=class{constructor(e,t){this.variableNames=["A"],this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length),this.userCode=`
      float unaryOperation(float x) {
        ${t}
      }

      void main() {
        float x = getAAtOutCoords();
        float y = unaryOperation(x);

        setOutput(y);
      }
    `}},Ee="if (isnan(x)) return x;",GA="return x;",Gu="return abs(x);";var HA="return (x >= 0.0) ? x : (exp(x) - 1.0);",qA=Ee+`
  return (x < 0.0) ? 0.0 : x;
`,KA=Ee+`
  return (x < 0.0) ? 0.0 : min(6.0, x);
`,wt="return x;",XA="return 1.0 / (1.0 + exp(-1.0 * x));";var YA="return x;",JA=`
  vec4 result;

  result.r = (x.r >= 0.0) ? x.r : (exp(x.r) - 1.0);
  result.g = (x.g >= 0.0) ? x.g : (exp(x.g) - 1.0);
  result.b = (x.b >= 0.0) ? x.b : (exp(x.b) - 1.0);
  result.a = (x.a >= 0.0) ? x.a : (exp(x.a) - 1.0);

  return result;
`,ZA=`
  vec4 result = x * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,ex=`
  vec4 result = min(x, vec4(6.)) * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,tx="return 1.0 / (1.0 + exp(-1.0 * x));",Me=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length),this.userCode=`
      vec4 unaryOperation(vec4 x) {
        ${t}
      }

      void main() {
        vec4 x = getAAtOutCoords();
        vec4 y = unaryOperation(x);

        setOutput(y);
      }
    `}};var ci=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!1,this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length);let t=e.length,n=ye("rc",t),r=te(t),s=UA(t,n),a=n.slice(-2),i=t<=1?"rc":`vec2(${a.join(",")})`;this.userCode=`
      void main() {
        ${r} rc = getOutputCoords();
        vec4 packedInput = getA(${s});

        setOutput(getChannel(packedInput, ${i}));
      }
    `}};var S$=Be.whereImpl,E$=1e-7,_$=1e-4,li={};function v$(o){return o in li||(li[o]={}),li[o]}var $$=R().getNumber("CPU_HANDOFF_SIZE_THRESHOLD"),R$=600;function N$(){return R().global.screen==null?1024:R().global.screen.height*R().global.screen.width*window.devicePixelRatio*R$/1024/1024}var aa=class o extends Gn{nextDataId(){return o.nextDataId++}constructor(e){if(super(),this.pendingRead=new WeakMap,this.pendingDisposal=new WeakSet,this.dataRefCount=new WeakMap,this.numBytesInGPU=0,this.uploadWaitMs=0,this.downloadWaitMs=0,this.lastGlFlushTime=0,this.warnedAboutMemory=!1,this.pendingDeletes=0,this.disposed=!1,!R().getBool("HAS_WEBGL"))throw new Error("WebGL is not supported on this device");let t;if(e!=null){if(e instanceof En)t=e;else{let n=He(R().getNumber("WEBGL_VERSION"),e);t=new En(n)}this.binaryCache={},this.gpgpuCreatedLocally=!1}else{let n=He(R().getNumber("WEBGL_VERSION"));t=new En(n),this.binaryCache=v$(R().getNumber("WEBGL_VERSION")),this.gpgpuCreatedLocally=!0}this.gpgpu=t,this.canvas=this.gpgpu.gl.canvas,this.textureManager=new ii(this.gpgpu),this.numMBBeforeWarning=N$(),this.texData=new Wn(this,Ze())}numDataIds(){return this.texData.numDataIds()-this.pendingDeletes}writeTexture(e,t,n,r,s,a){let i=this.makeTensorInfo(t,n),c=this.texData.get(i.dataId);c.isPacked=!1,c.texture={texture:e,texShape:[r,s]},c.texShape=[r,s];let l=na(t),u=new ra(l,!1,a),p=this.runWebGLProgram(u,[i],n,[[r,s]]);return p.shape=t,c.texture=null,this.disposeIntermediateTensorInfo(i),p.dataId}write(e,t,n){if((R().getBool("WEBGL_CHECK_NUMERICAL_PROBLEMS")||R().getBool("DEBUG"))&&this.checkNumericalProblems(e),n==="complex64"&&e!=null)throw new Error("Cannot write to a complex64 dtype. Please use tf.complex(real, imag).");let r={id:this.nextDataId()};return this.texData.set(r,{shape:t,dtype:n,values:e,usage:Te.UPLOAD,refCount:1}),r}refCount(e){return this.texData.has(e)?this.texData.get(e).refCount:0}incRef(e){let t=this.texData.get(e);t.refCount++}decRef(e){if(this.texData.has(e)){let t=this.texData.get(e);t.refCount--}}move(e,t,n,r,s){if(R().getBool("DEBUG")&&this.checkNumericalProblems(t),r==="complex64")throw new Error("Cannot write to a complex64 dtype. Please use tf.complex(real, imag).");this.texData.set(e,{shape:n,dtype:r,values:t,usage:Te.UPLOAD,refCount:s})}disposeIntermediateTensorInfo(e){this.disposeData(e.dataId)}readSync(e){let t=this.texData.get(e),{values:n,dtype:r,complexTensorInfos:s,slice:a,shape:i,isPacked:c}=t;if(a!=null){let d;c?d=new Me(i,wt):d=new Ne(i,wt);let f=this.runWebGLProgram(d,[{dataId:e,shape:i,dtype:r}],r),h=this.readSync(f.dataId);return this.disposeIntermediateTensorInfo(f),h}if(n!=null)return this.convertAndCacheOnCPU(e);if(r==="string")return n;let l=this.activeTimers!=null,u;l&&(u=C.now());let p;if(r==="complex64"){let d=this.readSync(s.real.dataId),f=this.readSync(s.imag.dataId);p=w.mergeRealAndImagArrays(d,f)}else p=this.getValuesFromTexture(e);return l&&(this.downloadWaitMs+=C.now()-u),this.convertAndCacheOnCPU(e,p)}async read(e){if(this.pendingRead.has(e)){let h=this.pendingRead.get(e);return new Promise(m=>h.push(m))}let t=this.texData.get(e),{values:n,shape:r,slice:s,dtype:a,complexTensorInfos:i,isPacked:c}=t;if(s!=null){let h;c?h=new Me(r,wt):h=new Ne(r,wt);let m=this.runWebGLProgram(h,[{dataId:e,shape:r,dtype:a}],a),g=this.read(m.dataId);return this.disposeIntermediateTensorInfo(m),g}if(n!=null)return this.convertAndCacheOnCPU(e);if(R().getBool("DEBUG")&&!R().getBool("WEBGL_DOWNLOAD_FLOAT_ENABLED")&&R().getNumber("WEBGL_VERSION")===2)throw new Error("tensor.data() with WEBGL_DOWNLOAD_FLOAT_ENABLED=false and WEBGL_VERSION=2 not yet supported.");let l=null,u;if(a!=="complex64"&&R().get("WEBGL_BUFFER_SUPPORTED")){u=this.decode(e);let h=this.texData.get(u.dataId);l=this.gpgpu.createBufferFromTexture(h.texture.texture,...Zs(r))}this.pendingRead.set(e,[]),a!=="complex64"&&await this.gpgpu.createAndWaitForFence();let p;if(a==="complex64"){let h=await Promise.all([this.read(i.real.dataId),this.read(i.imag.dataId)]),m=h[0],g=h[1];p=w.mergeRealAndImagArrays(m,g)}else if(l==null)p=this.getValuesFromTexture(e);else{let h=C.sizeFromShape(r);p=this.gpgpu.downloadFloat32MatrixFromBuffer(l,h)}if(u!=null&&this.disposeIntermediateTensorInfo(u),l!=null){let h=this.gpgpu.gl;K(h,()=>h.deleteBuffer(l))}let d=this.convertAndCacheOnCPU(e,p),f=this.pendingRead.get(e);return this.pendingRead.delete(e),f.forEach(h=>h(d)),this.pendingDisposal.has(e)&&(this.pendingDisposal.delete(e),this.disposeData(e)&&Ze().removeDataId(e,this),this.pendingDeletes--),d}readToGPU(e,t={}){let n=this.texData.get(e),{values:r,shape:s,slice:a,dtype:i,isPacked:c,texture:l}=n;if(i==="complex64")throw new Error("Does not support reading texture for complex64 dtype.");if(a!=null){let f;c?f=new Me(s,wt):f=new Ne(s,wt);let h=this.runWebGLProgram(f,[{dataId:e,shape:s,dtype:i}],i),m=this.readToGPU(h,t);return this.disposeIntermediateTensorInfo(h),m}if(l==null)throw r!=null?new Error("Data is not on GPU but on CPU."):new Error("There is no data on GPU or CPU.");let u=this.decode(e,t.customTexShape),p=Ze().makeTensorFromTensorInfo(u),d=this.texData.get(u.dataId);return Object.assign({tensorRef:p},d.texture)}bufferSync(e){let t=this.readSync(e.dataId);if(e.dtype==="string")try{let n=t.map(r=>C.decodeString(r));return ae(e.shape,e.dtype,n)}catch{throw new Error("Failed to decode encoded string bytes into utf-8")}return ae(e.shape,e.dtype,t)}checkNumericalProblems(e){if(e!=null)for(let t=0;t<e.length;t++){let n=e[t];if(!sg(n))throw R().getBool("WEBGL_RENDER_FLOAT32_CAPABLE")?Error(`The value ${n} cannot be represented with your current settings. Consider enabling float32 rendering: 'tf.env().set('WEBGL_RENDER_FLOAT32_ENABLED', true);'`):Error(`The value ${n} cannot be represented on this device.`)}}getValuesFromTexture(e){let{shape:t,dtype:n,isPacked:r}=this.texData.get(e),s=C.sizeFromShape(t);if(R().getBool("WEBGL_DOWNLOAD_FLOAT_ENABLED")){let d=this.decode(e),f=this.texData.get(d.dataId),h=this.gpgpu.downloadMatrixFromPackedTexture(f.texture.texture,...Zs(t)).subarray(0,s);return this.disposeIntermediateTensorInfo(d),h}let a=R().getBool("WEBGL_PACK")&&r===!0,i=a?na(t):t,c=a?new ti(i):new ei(i),l=this.runWebGLProgram(c,[{shape:i,dtype:n,dataId:e}],"float32"),u=this.texData.get(l.dataId),p=this.gpgpu.downloadByteEncodedFloatMatrixFromOutputTexture(u.texture.texture,u.texShape[0],u.texShape[1]).subarray(0,s);return this.disposeIntermediateTensorInfo(l),p}timerAvailable(){return R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0}time(e){let t=this.activeTimers,n=[],r=!1;this.programTimersStack==null?(this.programTimersStack=n,r=!0):this.activeTimers.push(n),this.activeTimers=n,e();let s=C.flatten(this.activeTimers.map(c=>c.query)).filter(c=>c!=null),a=C.flatten(this.activeTimers.map(c=>c.name)).filter(c=>c!=null);this.activeTimers=t,r&&(this.programTimersStack=null);let i={uploadWaitMs:this.uploadWaitMs,downloadWaitMs:this.downloadWaitMs,kernelMs:null,wallMs:null};return(async()=>{if(R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0){let c=await Promise.all(s);i.kernelMs=C.sum(c),i.getExtraProfileInfo=()=>c.map((l,u)=>({name:a[u],ms:l})).map(l=>`${l.name}: ${l.ms}`).join(", ")}else i.kernelMs={error:"WebGL query timers are not supported in this environment."};return this.uploadWaitMs=0,this.downloadWaitMs=0,i})()}memory(){return{unreliable:!1,numBytesInGPU:this.numBytesInGPU,numBytesInGPUAllocated:this.textureManager.numBytesAllocated,numBytesInGPUFree:this.textureManager.numBytesFree}}startTimer(){return R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0?this.gpgpu.beginQuery():{startMs:C.now(),endMs:null}}endTimer(e){return R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0?(this.gpgpu.endQuery(),e):(e.endMs=C.now(),e)}async getQueryTime(e){if(R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0)return this.gpgpu.waitForQueryAndGetTime(e);let t=e;return t.endMs-t.startMs}disposeData(e,t=!1){if(this.pendingDisposal.has(e))return!1;if(!this.texData.has(e))return!0;if(t?this.texData.get(e).refCount=0:this.texData.get(e).refCount--,!t&&this.texData.get(e).refCount>0)return!1;if(this.pendingRead.has(e))return this.pendingDisposal.add(e),this.pendingDeletes++,!1;this.releaseGPUData(e);let{complexTensorInfos:n}=this.texData.get(e);return n!=null&&(this.disposeData(n.real.dataId,t),this.disposeData(n.imag.dataId,t)),this.texData.delete(e),!0}releaseGPUData(e){let{texture:t,dtype:n,texShape:r,usage:s,isPacked:a,slice:i}=this.texData.get(e),c=i&&i.origDataId||e,l=this.dataRefCount.get(c);l>1?this.dataRefCount.set(c,l-1):(this.dataRefCount.delete(c),t!=null&&(this.numBytesInGPU-=this.computeBytes(r,n),this.textureManager.releaseTexture(t,r,s,a)));let u=this.texData.get(e);u.texture=null,u.texShape=null,u.isPacked=!1,u.slice=null}getTexture(e){return this.uploadToGPU(e),this.texData.get(e).texture.texture}getDataInfo(e){return this.texData.get(e)}shouldExecuteOnCPU(e,t=$$){return R().getBool("WEBGL_CPU_FORWARD")&&e.every(n=>this.texData.get(n.dataId).texture==null&&C.sizeFromShape(n.shape)<t)}getGPGPUContext(){return this.gpgpu}where(e){w.warn("tf.where() in webgl locks the UI thread. Call tf.whereAsync() instead");let t=e.dataSync();return S$(e.shape,t)}packedUnaryOp(e,t,n){let r=new Me(e.shape,t),s=this.compileAndRun(r,[e],n);return Ze().makeTensorFromTensorInfo(s)}abs(e){if(this.shouldExecuteOnCPU([e])&&e.dtype!=="complex64"){let r=ri(this.texData.get(e.dataId).values);return this.makeOutput(e.shape,e.dtype,r)}if(R().getBool("WEBGL_PACK_UNARY_OPERATIONS"))return this.packedUnaryOp(e,Gu,e.dtype);let t=new Ne(e.shape,Gu),n=this.compileAndRun(t,[e]);return Ze().makeTensorFromTensorInfo(n)}makeTensorInfo(e,t,n){let r;if(t==="string"&&n!=null&&n.length>0&&C.isString(n[0])){let s=n.map(a=>C.encodeString(a));r=this.write(s,e,t)}else r=this.write(n,e,t);return this.texData.get(r).usage=null,{dataId:r,shape:e,dtype:t}}makeOutput(e,t,n){return Ze().makeTensorFromTensorInfo(this.makeTensorInfo(e,t,n),this)}unpackTensor(e){let t=new ci(e.shape);return this.runWebGLProgram(t,[e],e.dtype)}packTensor(e){let t=new ai(e.shape);return this.runWebGLProgram(t,[e],e.dtype,null,!0)}packedReshape(e,t){let n=[Ht(e.shape),...qt(e.shape)],r={dtype:e.dtype,shape:n,dataId:e.dataId},s=[Ht(t),...qt(t)],a=new _n(s,n),i=!0,c=[n],l=this.runWebGLProgram(a,[r],e.dtype,c,i);return{dataId:l.dataId,shape:t,dtype:l.dtype}}decode(e,t){let n=this.texData.get(e),{isPacked:r,shape:s,dtype:a}=n;if(t!=null){let d=C.sizeFromShape(s),f=t[0]*t[1]*4;C.assert(d<=f,()=>"customTexShape is too small. Row * Column * 4 should be equal or larger than the size of the tensor data.")}let i=na(s),c;r?c=new Za(i):c=new Ja(i);let l=!0,u=[t??Zs(i)],p=this.runWebGLProgram(c,[{shape:i,dtype:a,dataId:e}],a,u,l,t);return{dtype:a,shape:s,dataId:p.dataId}}runWebGLProgram(e,t,n,r,s=!1,a){let i=this.makeTensorInfo(e.outputShape,n),c=this.texData.get(i.dataId);if(e.packedOutput&&(c.isPacked=!0),e.outPackingScheme===Gt.DENSE){let A=a??Zs(e.outputShape);c.texShape=A.map(x=>x*2)}if(e.outTexUsage!=null&&(c.usage=e.outTexUsage),C.sizeFromShape(i.shape)===0)return c.values=C.getTypedArrayFromDType(i.dtype,0),i;let l=[],u=t.map(A=>{if(A.dtype==="complex64")throw new Error("GPGPUProgram does not support complex64 input. For complex64 dtypes, please separate the program into real and imaginary parts.");let x=this.texData.get(A.dataId);if(x.texture==null){if(!e.packedInputs&&C.sizeFromShape(A.shape)<=R().getNumber("WEBGL_SIZE_UPLOAD_UNIFORM"))return{shape:A.shape,texData:null,isUniform:!0,uniformValues:x.values};e.packedInputs&&(x.isPacked=!0,x.shape=A.shape)}if(this.uploadToGPU(A.dataId),!!x.isPacked!=!!e.packedInputs)A=x.isPacked?this.unpackTensor(A):this.packTensor(A),l.push(A),x=this.texData.get(A.dataId);else if(x.isPacked&&!fo(x.shape,A.shape)){let b=A,y=A.shape;A.shape=x.shape,A=this.packedReshape(A,y),l.push(A),x=this.texData.get(A.dataId),b.shape=y}return{shape:A.shape,texData:x,isUniform:!1}});this.uploadToGPU(i.dataId);let p={shape:i.shape,texData:c,isUniform:!1},d=Dg(e,u,p),f=this.getAndSaveBinary(d,()=>Ng(this.gpgpu,e,u,p)),h=this.activeTimers!=null,m;h&&(m=this.startTimer()),R().get("ENGINE_COMPILE_ONLY")||Tg(this.gpgpu,f,u,p,r),l.forEach(A=>this.disposeIntermediateTensorInfo(A)),h&&(m=this.endTimer(m),this.activeTimers.push({name:e.constructor.name,query:this.getQueryTime(m)}));let g=R().getNumber("WEBGL_FLUSH_THRESHOLD");if(g>0){let A=C.now();A-this.lastGlFlushTime>g&&(this.gpgpu.gl.flush(),this.lastGlFlushTime=A)}if(!R().getBool("WEBGL_LAZILY_UNPACK")&&c.isPacked&&s===!1){let A=this.unpackTensor(i);return this.disposeIntermediateTensorInfo(i),A}return i}compileAndRun(e,t,n,r,s=!1){return n=n||t[0].dtype,this.runWebGLProgram(e,t,n,r,s)}getAndSaveBinary(e,t){return e in this.binaryCache||(this.binaryCache[e]=t()),this.binaryCache[e]}getTextureManager(){return this.textureManager}dispose(){this.disposed||(R().getBool("IS_TEST")||Object.keys(this.binaryCache).forEach(t=>{this.gpgpu.deleteProgram(this.binaryCache[t].webGLProgram),delete this.binaryCache[t]}),this.textureManager.dispose(),this.canvas!=null&&typeof HTMLCanvasElement<"u"&&this.canvas instanceof HTMLCanvasElement?this.canvas.remove():this.canvas=null,this.gpgpuCreatedLocally&&(this.gpgpu.program=null,this.gpgpu.dispose()),this.disposed=!0)}floatPrecision(){return this.floatPrecisionValue==null&&(this.floatPrecisionValue=ro(()=>{if(!R().get("WEBGL_RENDER_FLOAT32_ENABLED")){let e=R().getBool("DEBUG");R().set("DEBUG",!1);let t=this.abs(Ws(1e-8)).dataSync()[0];if(R().set("DEBUG",e),t>0)return 32}return 16})),this.floatPrecisionValue}epsilon(){return this.floatPrecision()===32?E$:_$}uploadToGPU(e){let t=this.texData.get(e),{shape:n,dtype:r,values:s,texture:a,usage:i,isPacked:c}=t;if(a!=null)return;let l=this.activeTimers!=null,u;l&&(u=C.now());let p=t.texShape;if(p==null&&(p=xg(n,c),t.texShape=p),s!=null){let d=na(n),f,h=p[1],m=p[0],g=s instanceof Uint8Array||s instanceof Uint8ClampedArray;(c||!g)&&([h,m]=bt(p[0],p[1])),c?f=new oi(d,g):f=new ra(d,g);let A=g?[m,h]:p,x=this.makeTensorInfo(A,r),b=this.texData.get(x.dataId);g?b.usage=Te.PIXELS:b.usage=Te.UPLOAD,b.texShape=A,this.gpgpu.uploadDenseMatrixToTexture(this.getTexture(x.dataId),h,m,s);let y=[[m,h]],k=this.runWebGLProgram(f,[x],r,y,!0),S=this.texData.get(k.dataId);t.texShape=S.texShape,t.isPacked=S.isPacked,t.usage=S.usage,R().get("ENGINE_COMPILE_ONLY")?this.disposeData(k.dataId):(t.texture=S.texture,t.values=null,this.texData.delete(k.dataId)),this.disposeIntermediateTensorInfo(x),l&&(this.uploadWaitMs+=C.now()-u)}else{let d=this.acquireTexture(p,i,r,c);t.texture=d}}convertAndCacheOnCPU(e,t){let n=this.texData.get(e),{dtype:r}=n;return t!=null&&(n.values=T$(t,r)),n.values}acquireTexture(e,t,n,r){if(this.numBytesInGPU+=this.computeBytes(e,n),!this.warnedAboutMemory&&this.numBytesInGPU>this.numMBBeforeWarning*1024*1024){let s=(this.numBytesInGPU/1024/1024).toFixed(2);this.warnedAboutMemory=!0,console.warn(`High memory usage in GPU: ${s} MB, most likely due to a memory leak`)}return this.textureManager.acquireTexture(e,t,r)}computeBytes(e,t){return e[0]*e[1]*C.bytesPerElement(t)}checkCompileCompletion(){for(let[,e]of Object.entries(this.binaryCache))this.checkCompletion_(e)}async checkCompileCompletionAsync(){let e=[];if(this.gpgpu.parallelCompilationExtension){for(let[,t]of Object.entries(this.binaryCache))e.push(this.checkCompletionAsync_(t));return Promise.all(e)}else{for(let[,t]of Object.entries(this.binaryCache)){let n=new Promise(r=>{try{this.checkCompletion_(t),r(!0)}catch(s){throw s}});e.push(n)}return Promise.all(e)}}async checkCompletionAsync_(e){return this.gpgpu.gl.getProgramParameter(e.webGLProgram,this.gpgpu.parallelCompilationExtension.COMPLETION_STATUS_KHR)?this.checkCompletion_(e):(await Au(),this.checkCompletionAsync_(e))}checkCompletion_(e){if(this.gpgpu.gl.getProgramParameter(e.webGLProgram,this.gpgpu.gl.LINK_STATUS)===!1)throw console.log(this.gpgpu.gl.getProgramInfoLog(e.webGLProgram)),this.gpgpu.gl.getShaderParameter(e.fragmentShader,this.gpgpu.gl.COMPILE_STATUS)===!1?(Bu(e.source,this.gpgpu.gl.getShaderInfoLog(e.fragmentShader)),new Error("Failed to compile fragment shader.")):new Error("Failed to link vertex and fragment shaders.");return!0}getUniformLocations(){for(let e of Object.values(this.binaryCache)){this.gpgpu.buildVao(e.webGLProgram);let{variablesLocations:t,customUniformLocations:n,infLoc:r,nanLoc:s,outShapeLocation:a,outShapeStridesLocation:i,outTexShapeLocation:c}=Lu(this.gpgpu,e.program,e.webGLProgram);e.variablesLocations=t,e.customUniformLocations=n,e.infLoc=r,e.nanLoc=s,e.outShapeLocation=a,e.outShapeStridesLocation=i,e.outTexShapeLocation=c}}createTensorFromGPUData(e,t,n){e.channels=e.channels||"RGBA";let{texture:r,height:s,width:a,channels:i}=e,c=Ze().backend;if(!c.gpgpu.gl.isTexture(r))throw new Error("The texture is invalid. Also, please make sure the texture and the TFJS WebGL backend are using the same canvas. If you want to use your own custom canvas, you have to create and use the custom TFJS WebGL backend created from the canvas through 'new tf.MathBackendWebGL(customCanvas)'.");let l=c.writeTexture(r,t,n,s,a,i);return Ze().makeTensorFromDataId(l,t,n,c)}};aa.nextDataId=0;function T$(o,e){if(e==="float32"||e==="complex64")return o;if(e==="int32"||e==="bool"){let t=e==="int32"?new Int32Array(o.length):new Uint8Array(o.length);for(let n=0;n<t.length;++n)t[n]=Math.round(o[n]);return t}else throw new Error(`Unknown dtype ${e}`)}dn.isBrowser()&&Vs("webgl",()=>new aa,2);var vn=`
  if (isnan(a)) return a;
  if (isnan(b)) return b;
`;var Qe=class{constructor(e,t,n){this.variableNames=["A","B"],this.outputShape=w.assertAndGetBroadcastShape(t,n),this.enableShapeUniforms=ue(this.outputShape.length),this.userCode=`
      float binaryOperation(float a, float b) {
        ${e}
      }

      void main() {
        float a = getAAtOutCoords();
        float b = getBAtOutCoords();
        setOutput(binaryOperation(a, b));
      }
    `}};var Ke=`
  result.r = isNaN.r ? NAN : result.r;
  result.g = isNaN.g ? NAN : result.g;
  result.b = isNaN.b ? NAN : result.b;
  result.a = isNaN.a ? NAN : result.a;
`;var qe=class{constructor(e,t,n,r=!1){this.variableNames=["A","B"],this.supportsBroadcasting=!0,this.packedInputs=!0,this.packedOutput=!0,this.outputShape=w.assertAndGetBroadcastShape(t,n);let s=this.outputShape.length;this.enableShapeUniforms=ue(s);let a="";if(r)if(s===0||C.sizeFromShape(this.outputShape)===1)a=`
          result.y = 0.;
          result.z = 0.;
          result.w = 0.;
        `;else if(a=`
          ${te(s)} coords = getOutputCoords();
        `,s===1)this.enableShapeUniforms?a+=`
            result.y = (coords + 1) >= outShape ? 0. : result.y;
            result.z = 0.;
            result.w = 0.;
          `:a+=`
            result.y = (coords + 1) >= ${this.outputShape[0]} ? 0. : result.y;
            result.z = 0.;
            result.w = 0.;
          `;else{let c=ye("coords",s);this.enableShapeUniforms?a+=`
            bool nextRowOutOfBounds =
              (${c[s-2]} + 1) >= outShape[${s} - 2];
            bool nextColOutOfBounds =
              (${c[s-1]} + 1) >= outShape[${s} - 1];
            result.y = nextColOutOfBounds ? 0. : result.y;
            result.z = nextRowOutOfBounds ? 0. : result.z;
            result.w = nextColOutOfBounds || nextRowOutOfBounds ? 0. : result.w;
          `:a+=`
            bool nextRowOutOfBounds =
              (${c[s-2]} + 1) >= ${this.outputShape[s-2]};
            bool nextColOutOfBounds =
              (${c[s-1]} + 1) >= ${this.outputShape[s-1]};
            result.y = nextColOutOfBounds ? 0. : result.y;
            result.z = nextRowOutOfBounds ? 0. : result.z;
            result.w = nextColOutOfBounds || nextRowOutOfBounds ? 0. : result.w;
          `}this.userCode=`
      vec4 binaryOperation(vec4 a, vec4 b) {
        ${e}
      }

      void main() {
        vec4 a = getAAtOutCoords();
        vec4 b = getBAtOutCoords();

        vec4 result = binaryOperation(a, b);
        ${a}

        setOutput(result);
      }
    `}};function we(o){let{inputs:e,backend:t}=o,{x:n}=e;return t.incRef(n.dataId),{dataId:n.dataId,shape:n.shape,dtype:n.dtype}}var ox={kernelName:Bl,backendName:"webgl",kernelFunc:we};function Ue(o){let{inputs:e,backend:t}=o,{real:n,imag:r}=e,s=t.makeTensorInfo(n.shape,"complex64"),a=t.texData.get(s.dataId),i=we({inputs:{x:n},backend:t}),c=we({inputs:{x:r},backend:t});return a.complexTensorInfos={real:i,imag:c},s}var nx={kernelName:Sl,backendName:"webgl",kernelFunc:Ue};var Hu="return (a < 0.) ? b * a : a;",qu=`
  vec4 aLessThanZero = vec4(lessThan(a, vec4(0.)));
  return (aLessThanZero * (b * a)) + ((vec4(1.0) - aLessThanZero) * a);
`;function D$(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{alpha:s}=n,a=t.makeTensorInfo([],"float32",C.createScalarValue(s,"float32")),i=R().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new qe(qu,r.shape,a.shape):new Qe(Hu,r.shape,a.shape),c=t.runWebGLProgram(i,[r,a],"float32");return t.disposeIntermediateTensorInfo(a),c}var rx={kernelName:Br,backendName:"webgl",kernelFunc:D$};var Ku="return (a < 0.) ? b * a : a;",Xu=`
  vec4 aLessThanZero = vec4(lessThan(a, vec4(0.)));
  return (aLessThanZero * (b * a)) + ((vec4(1.0) - aLessThanZero) * a);
`;function B$(o){let{inputs:e,backend:t}=o,{x:n,alpha:r}=e,s=R().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new qe(Xu,n.shape,r.shape):new Qe(Ku,n.shape,r.shape);return t.runWebGLProgram(s,[n,r],"float32")}var sx={kernelName:ts,backendName:"webgl",kernelFunc:B$};var st="if (isnan(x)) return x;";function Y({opSnippet:o,packedOpSnippet:e,cpuKernelImpl:t,dtype:n}){return({inputs:r,backend:s})=>{let{x:a}=r,i=s,c=n||a.dtype;if(i.shouldExecuteOnCPU([a])&&t!=null){let p=i.texData.get(a.dataId),d=t(p.values,c);return i.makeTensorInfo(a.shape,c,d)}let l=R().getBool("WEBGL_PACK_UNARY_OPERATIONS")&&e!=null,u;return l?u=new Me(a.shape,e):u=new Ne(a.shape,o),i.runWebGLProgram(u,[a],c)}}function ie({opSnippet:o,packedOpSnippet:e,checkOutOfBounds:t=!1,supportsComplex:n=!1,cpuKernelImpl:r,dtype:s}){return({inputs:a,backend:i})=>{let{a:c,b:l}=a,u=i;if(n&&c.dtype==="complex64"){let h=u.texData.get(c.dataId),m=u.texData.get(l.dataId),[g,A]=[[h.complexTensorInfos.real,m.complexTensorInfos.real],[h.complexTensorInfos.imag,m.complexTensorInfos.imag]].map(b=>{let[y,I]=b,k={dataId:y.dataId,dtype:y.dtype,shape:c.shape},S={dataId:I.dataId,dtype:I.dtype,shape:l.shape},E=new Qe(o,c.shape,l.shape);return u.runWebGLProgram(E,[k,S],Pe(y.dtype,I.dtype))}),x=Ue({inputs:{real:g,imag:A},backend:u});return u.disposeIntermediateTensorInfo(g),u.disposeIntermediateTensorInfo(A),x}let p=s||Pe(c.dtype,l.dtype);if((c.dtype==="string"||l.dtype==="string"||u.shouldExecuteOnCPU([c,l]))&&r!=null){let h=u.texData.get(c.dataId).values,m=u.texData.get(l.dataId).values,g=c.dtype==="string"?w.fromUint8ToStringArray(h):h,A=c.dtype==="string"?w.fromUint8ToStringArray(m):m,[x,b]=r(c.shape,l.shape,g,A,p),y=u.makeTensorInfo(b,p),I=u.texData.get(y.dataId);return I.values=x,y}let d=R().getBool("WEBGL_PACK_BINARY_OPERATIONS")&&e!=null,f;return d?f=new qe(e,c.shape,l.shape,t):f=new Qe(o,c.shape,l.shape),u.runWebGLProgram(f,[c,l],p)}}function Dt(o,e=!1){if(o==="linear")return e?YA:GA;if(o==="relu")return e?ZA:qA;if(o==="elu")return e?JA:HA;if(o==="relu6")return e?ex:KA;if(o==="prelu")return e?Xu:Ku;if(o==="leakyrelu")return e?qu:Hu;if(o==="sigmoid")return e?tx:XA;throw new Error(`Activation ${o} has not been implemented for the WebGL backend.`)}var $n=class{constructor(e,t,n,r=!1,s=!1,a=!1,i=null,c=!1,l=!1){this.variableNames=["matrixA","matrixB"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=n,this.enableShapeUniforms=ue(this.outputShape.length);let u=r?e[1]:e[2],p=Math.ceil(u/2),d=r?"i * 2, rc.y":"rc.y, i * 2",f=s?"rc.z, i * 2":"i * 2, rc.z",h=r?["a.xxyy","a.zzww"]:["a.xxzz","a.yyww"],m=s?["b.xzxz","b.ywyw"]:["b.xyxy","b.zwzw"],g="",A="";i&&(c?g=`vec4 activation(vec4 a) {
          vec4 b = getPreluActivationWeightsAtOutCoords();
          ${i}
        }`:l?g=`vec4 activation(vec4 a) {
          vec4 b = getLeakyreluAlphaAtOutCoords();
          ${i}
        }`:g=`vec4 activation(vec4 x) {
          ${i}
        }`,A="result = activation(result);");let x=a?"result += getBiasAtOutCoords();":"";a&&this.variableNames.push("bias"),c&&this.variableNames.push("preluActivationWeights"),l&&this.variableNames.push("leakyreluAlpha");let b="rc.x",y="rc.x";e[0]<t[0]?b=`imod(rc.x, ${e[0]})`:t[0]<e[0]&&(y=`imod(rc.x, ${t[0]})`),this.userCode=`
      ${g}
      // Don't use uniform for sharedDimensionPacked for performance.
      const float sharedDimension = ${p}.0;

      vec4 dot2x2ARowBCol(ivec3 rc) {
        vec4 result = vec4(0);
        int batchA = ${b};
        int batchB = ${y};
        for (int i = 0; i < ${p}; i++) {
          vec4 a = getMatrixA(batchA, ${d});
          vec4 b = getMatrixB(batchB, ${f});

          // These swizzled products need to be separately added.
          // See: https://github.com/tensorflow/tfjs/issues/1735
          result += (${h[0]} * ${m[0]});
          result += (${h[1]} * ${m[1]});
        }
        return result;
      }

      void main() {
        ivec3 rc = getOutputCoords();
        vec4 result = dot2x2ARowBCol(rc);

        ${x}

        ${A}

        setOutput(result);
      }
    `}};var ju={REAL:"return areal * breal - aimag * bimag;",IMAG:"return areal * bimag + aimag * breal;"},ia=class{constructor(e,t,n){this.variableNames=["AReal","AImag","BReal","BImag"],this.outputShape=w.assertAndGetBroadcastShape(t,n),this.userCode=`
      float binaryOpComplex(
          float areal, float aimag, float breal, float bimag) {
        ${e}
      }

      void main() {
        float areal = getARealAtOutCoords();
        float aimag = getAImagAtOutCoords();
        float breal = getBRealAtOutCoords();
        float bimag = getBImagAtOutCoords();
        setOutput(binaryOpComplex(areal, aimag, breal, bimag));
      }
    `}};var ax="return a * b;";function ca(o){let{inputs:e,backend:t}=o,{a:n,b:r}=e,s=w.upcastType(n.dtype,r.dtype);if(n.dtype==="complex64"){let i=t.texData.get(n.dataId),c=t.texData.get(r.dataId),l=new ia(ju.REAL,n.shape,r.shape),u=new ia(ju.IMAG,n.shape,r.shape),p=[{dataId:i.complexTensorInfos.real.dataId,dtype:i.complexTensorInfos.real.dtype,shape:n.shape},{dataId:i.complexTensorInfos.imag.dataId,dtype:i.complexTensorInfos.imag.dtype,shape:n.shape},{dataId:c.complexTensorInfos.real.dataId,dtype:c.complexTensorInfos.real.dtype,shape:r.shape},{dataId:c.complexTensorInfos.imag.dataId,dtype:c.complexTensorInfos.imag.dtype,shape:r.shape}],d=t.runWebGLProgram(l,p,"float32"),f=t.runWebGLProgram(u,p,"float32"),h=Ue({inputs:{real:d,imag:f},backend:t});return t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(f),h}if(t.shouldExecuteOnCPU([n,r])){let i=t.texData.get(n.dataId),c=t.texData.get(r.dataId),[l,u]=AA(n.shape,r.shape,i.values,c.values,s),p=t.makeTensorInfo(u,s),d=t.texData.get(p.dataId);return d.values=l,p}let a;return R().getBool("WEBGL_PACK_BINARY_OPERATIONS")?a=new qe(ax,n.shape,r.shape):a=new Qe(ax,n.shape,r.shape),t.runWebGLProgram(a,[n,r],s)}var ix={kernelName:Ql,backendName:"webgl",kernelFunc:ca};function cx(o,e,t){let n=[Ht(o.shape),...qt(o.shape)],r={dtype:o.dtype,shape:n,dataId:o.dataId},s=[Ht(e),...qt(e)],a=new _n(s,n),i=!0,c=[n],l=t.runWebGLProgram(a,[r],o.dtype,c,i);return{dataId:l.dataId,shape:e,dtype:l.dtype}}function U(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{shape:s}=n,a=t,i=C.sizeFromShape(r.shape),c=C.inferFromImplicitShape(s,i),l=C.sizeFromShape(c);C.assert(i===l,()=>`The new shape (${c}) has ${l} elements and the old shape (${r.shape}) has ${i} elements. The new shape and old shape must have the same number of elements.`);let u=a.texData.get(r.dataId);return u.isPacked&&!fo(r.shape,c)&&!(u.texture!==null&&fo(u.shape,c))?cx(r,c,a):(a.incRef(r.dataId),{dataId:r.dataId,shape:c,dtype:r.dtype})}var lx={kernelName:as,backendName:"webgl",kernelFunc:U};var la=class{constructor(e,t){this.variableNames=["x"];let{windowSize:n,batchSize:r,inSize:s,outSize:a}=e;this.outputShape=[r,a];let i=Math.floor(n/4)*4,c=n%4,l="sumValue += dot(values, ones);";if(t!=null){let p=1/t;l=`sumValue += dot(values * ${C.isInt(p)?p.toPrecision(2):p}, ones);`}let u="";s%n>0&&(u=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return 0.0;
        }
      `),this.userCode=`
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float getValue(int batch, int inIdx) {
        ${u}
        return getX(batch, inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${n};

        float sumValue = 0.0;

        for (int i = 0; i < ${i}; i += 4) {
          int inIdx = inOffset + i;
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          ${l}
        }

        int inIdx = inOffset + ${i};
        if (${c===1}) {
          vec4 values = vec4(getValue(batch, inIdx), 0.0, 0.0, 0.0);

          ${l}
        } else if (${c===2}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1), 0.0, 0.0);

          ${l}
        } else if (${c===3}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2), 0.0);

          ${l}
        }
        setOutput(sumValue);
      }
    `}};var ui=class{constructor(e,t){this.variableNames=["x"];let{windowSize:n,batchSize:r,inSize:s,outSize:a}=e;this.outputShape=[r,a];let i="0.0",c="";t==="prod"?i="1.0":t==="min"?(i="1.0 / 1e-20",c="min"):t==="max"&&(i="-1.0 / 1e-20",c="max");let l=`${t}(${t}(${t}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;t==="sum"?l="sumValue":t==="prod"?l="prodValue":t==="all"?l="allValue":t==="any"&&(l="anyValue");let u=Math.floor(n/4)*4,p=n%4,d=`
      if (${t==="sum"}) {
        sumValue += dot(values, ones);
      } else if (${t==="prod"}) {
        vec2 tmp = vec2(values[0], values[1]) * vec2(values[2], values[3]);
        prodValue *= tmp[0] * tmp[1];
      } else {
        minMaxValue = ${c}(values, minMaxValue);
        if (${t==="min"} || ${t==="max"}) {
          minMaxValue = ${c}(values, minMaxValue);
          bvec4 isNaN = isnan(values);
          if (isNaN.r || isNaN.g || isNaN.b || isNaN.a) {
            minMaxValue = vec4(NAN);
          }
        }
      }
    `,f="vec4";t==="all"?(i="1.0",d=`
        bool reducedAllValue = all(values);
        float floatedReducedAllValue = float(reducedAllValue);
        allValue = float(allValue >= 1.0 && floatedReducedAllValue >= 1.0);
      `,f="bvec4"):t==="any"&&(i="0.0",d=`
        bool reducedAnyValue = any(values);
        float floatedReducedAnyValue = float(reducedAnyValue);
        anyValue = float(anyValue >= 1.0 || floatedReducedAnyValue >= 1.0);
      `,f="bvec4");let h="";s%n>0&&(h=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return initializationValue;
        }
      `),this.userCode=`
      const float initializationValue = ${i};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float getValue(int batch, int inIdx) {
        ${h}
        return getX(batch, inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${n};

        vec4 minMaxValue = vec4(${i});
        float prodValue = 1.0;
        float sumValue = 0.0;
        float allValue = 1.0;
        float anyValue = 0.0;

        for (int i = 0; i < ${u}; i += 4) {
          int inIdx = inOffset + i;
          ${f} values = ${f}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          ${d}
        }

        int inIdx = inOffset + ${u};
        if (${p===1}) {
          ${f} values = ${f}(
            getValue(batch, inIdx),
            initializationValue,
            initializationValue,
            initializationValue
          );

          ${d}
        } else if (${p===2}) {
          ${f} values = ${f}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            initializationValue,
            initializationValue
          );

          ${d}
        } else if (${p===3}) {
          ${f} values = ${f}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            initializationValue
          );

          ${d}
        }
        setOutput(${l});
      }
    `}};function P$(o){let e=[];for(;e.length===0||e[e.length-1].outSize!==1;){let t=e.length?e[e.length-1].outSize:o[1],n=w.computeOptimalWindowSize(t);e.push({inSize:t,windowSize:n,outSize:Math.ceil(t/n)})}return e}function Xe(o,e,t,n){let r=P$(o.shape),s=o;for(let a=0;a<r.length;a++){let{inSize:i,windowSize:c,outSize:l}=r[a],u,p;t==="mean"?u=a===0?new la({windowSize:c,inSize:i,batchSize:o.shape[0],outSize:l},i):new la({windowSize:c,inSize:i,batchSize:o.shape[0],outSize:l}):u=new ui({windowSize:c,inSize:i,batchSize:o.shape[0],outSize:l},t),p=s,s=n.runWebGLProgram(u,[s],e),p.dataId!==o.dataId&&n.disposeIntermediateTensorInfo(p)}return s}var pi=class{constructor(e,t){this.variableNames=["A"];let n=new Array(e.length);for(let a=0;a<n.length;a++)n[a]=e[t[a]];this.outputShape=n,this.rank=n.length;let r=te(this.rank),s=O$(t);this.userCode=`
    void main() {
      ${r} resRC = getOutputCoords();
      setOutput(getA(${s}));
    }
    `}};function O$(o){let e=o.length;if(e>6)throw Error(`Transpose for rank ${e} is not yet supported`);let t=["resRC.x","resRC.y","resRC.z","resRC.w","resRC.u","resRC.v"],n=new Array(e);for(let r=0;r<o.length;r++)n[o[r]]=t[r];return n.join()}var di=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0;let n=new Array(e.length);for(let u=0;u<n.length;u++)n[u]=e[t[u]];if(this.outputShape=n,this.rank=n.length,this.rank>6)throw Error(`Packed transpose for rank ${this.rank} is not yet supported.`);let r=te(this.rank),s=Wu("rc",this.rank),a=new Array(this.rank);for(let u=0;u<t.length;u++)a[t[u]]=s[u];let i=`vec2(${a.slice(-2).join()})`,c=`++${s[this.rank-1]} < ${n[this.rank-1]}`,l=`getChannel(getA(${a.join()}), ${i})`;this.userCode=`
    void main() {
      ${r} rc = getOutputCoords();
      vec4 result = vec4(0.);
      result[0] = ${l};
      if(${c}) {
        result[1] = ${l};
      }
      --${s[this.rank-1]};
      if(++${s[this.rank-2]} < ${n[this.rank-2]}) {
        result[2] = ${l};
        if(${c}) {
          result[3] = ${l};
        }
      }
      setOutput(result);
    }
    `}};function Kt(o,e,t){let n=R().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new di(o.shape,e):new pi(o.shape,e);return t.runWebGLProgram(n,[o],o.dtype)}function ux(o,e,t,n){let r=e,s=o.shape.length,a=C.parseAxisParam(r,o.shape),i=a,c=w.getAxesPermutation(i,s),l=c!=null,u=o;l&&(u=Kt(o,c,n),i=w.getInnerMostAxes(i.length,s)),w.assertAxesAreInnerMostDims("sum",i,s);let[p,d]=w.computeOutAndReduceShapes(u.shape,i),f=p;t&&(f=w.expandShapeToKeepDim(p,a));let h=C.sizeFromShape(d),g=C.sizeFromShape(o.shape)/h,A=U({inputs:{x:u},attrs:{shape:[g,h]},backend:n}),x=no(o.dtype),b=Xe(A,x,"sum",n),y=U({inputs:{x:b},attrs:{shape:f},backend:n});return n.disposeIntermediateTensorInfo(A),n.disposeIntermediateTensorInfo(b),l&&n.disposeIntermediateTensorInfo(u),y}function Ao(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n;return ux(r,s,a,t)}var px={kernelName:"Sum",backendName:"webgl",kernelFunc:Ao};function ge(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{perm:s}=n,a=t,i=r.shape.length,c=new Array(i);for(let u=0;u<c.length;u++)c[u]=r.shape[s[u]];let l;if(a.shouldExecuteOnCPU([r])){let p=a.texData.get(r.dataId).values,d=go(p,r.shape,r.dtype,s,c);l=a.makeTensorInfo(c,r.dtype);let f=a.texData.get(l.dataId);f.values=d}else l=Kt(r,s,a);return l}var dx={kernelName:Jl,backendName:"webgl",kernelFunc:ge};var Yu=1e3;function xo({a:o,b:e,transposeA:t,transposeB:n,backend:r,bias:s=null,preluActivationWeights:a=null,leakyreluAlpha:i=0,activation:c=null}){let l=o.shape.length,u=e.shape.length,p=t?o.shape[l-2]:o.shape[l-1],d=n?e.shape[u-1]:e.shape[u-2],f=t?o.shape[l-1]:o.shape[l-2],h=n?e.shape[u-2]:e.shape[u-1],m=o.shape.slice(0,-2),g=e.shape.slice(0,-2),A=C.sizeFromShape(m),x=C.sizeFromShape(g),y=zs.assertAndGetBroadcastShape(o.shape.slice(0,-2),e.shape.slice(0,-2)).concat([f,h]);C.assert(p===d,()=>`Error in matMul: inner shapes (${p}) and (${d}) of Tensors with shapes ${o.shape} and ${e.shape} and transposeA=${t} and transposeB=${n} must match.`);let I=t?[A,p,f]:[A,f,p],k=n?[x,h,d]:[x,d,h],S=U({inputs:{x:o},backend:r,attrs:{shape:I}}),E=U({inputs:{x:e},backend:r,attrs:{shape:k}}),_=[S,E],v=Math.max(A,x),B=t?S.shape[1]:S.shape[2],N=s!=null,T=a!=null,F=c==="leakyrelu",D=c!=null?Dt(c,!0):null,O=N||T||F||D!=null,M;if((f===1||h===1)&&B>Yu&&O===!1){let P=S,Q=E;t&&(P=ge({inputs:{x:S},backend:r,attrs:{perm:[0,2,1]}}),_.push(P)),n&&(Q=ge({inputs:{x:E},backend:r,attrs:{perm:[0,2,1]}}),_.push(Q));let V=h!==1,W=h===1,z=P;V&&(z=U({inputs:{x:P},backend:r,attrs:{shape:[v,B,1]}}),_.push(z));let H=h===1?2:1,G=Q;W&&(G=U({inputs:{x:Q},backend:r,attrs:{shape:[v,1,B]}}),_.push(G));let q=ca({inputs:{a:z,b:G},backend:r});M=Ao({inputs:{x:q},backend:r,attrs:{axis:H,keepDims:!0}}),_.push(q)}else{let P=Pe(o.dtype,e.dtype),Q=new $n(I,k,[v,f,h],t,n,N,D,T,F),V=[S,E];if(s!=null&&V.push(s),T&&V.push(a),F){let W=r.makeTensorInfo([],"float32",C.createScalarValue(i,"float32"));V.push(W),_.push(W)}M=r.runWebGLProgram(Q,V,P)}let $=U({inputs:{x:M},backend:r,attrs:{shape:y}});_.push(M);for(let P of _)r.disposeIntermediateTensorInfo(P);return $}function L$(o){let{inputs:e,backend:t,attrs:n}=o,{a:r,b:s,bias:a,preluActivationWeights:i}=e,{transposeA:c,transposeB:l,activation:u,leakyreluAlpha:p}=n;return xo({a:r,b:s,transposeA:c,transposeB:l,backend:t,bias:a,preluActivationWeights:i,leakyreluAlpha:p,activation:u})}var fx={kernelName:Ls,backendName:"webgl",kernelFunc:L$};var hx="return abs(x);";function M$(o){let{inputs:e,backend:t}=o,{x:n}=e;if(t.shouldExecuteOnCPU([n])&&n.dtype!=="complex64"){let s=t.texData.get(n.dataId),a=ri(s.values);return t.makeTensorInfo(n.shape,n.dtype,a)}let r;return R().getBool("WEBGL_PACK_UNARY_OPERATIONS")?r=new Me(n.shape,hx):r=new Ne(n.shape,hx),t.runWebGLProgram(r,[n],n.dtype)}var mx={kernelName:"Abs",backendName:"webgl",kernelFunc:M$};var Q$=Ee+`
  if (abs(x) > 1.) {
    return NAN;
  }
  return acos(x);
`,U$=Y({opSnippet:Q$}),gx={kernelName:No,backendName:"webgl",kernelFunc:U$};var V$=Ee+`
  if (x < 1.0) return NAN;
return log(x + sqrt(x * x - 1.0));`,z$=Y({opSnippet:V$}),Ax={kernelName:To,backendName:"webgl",kernelFunc:z$};var xx="return a + b;",W$=ie({opSnippet:xx,packedOpSnippet:xx,supportsComplex:!0,cpuKernelImpl:jg}),Cx={kernelName:"Add",backendName:"webgl",kernelFunc:W$};var fi=class{constructor(e,t){this.outputShape=[],this.outputShape=e,this.variableNames=t.map((s,a)=>`T${a}`);let n=[];this.variableNames.forEach(s=>{n.push(`float v${s} = get${s}AtOutCoords();`)});let r=this.variableNames.map(s=>`v${s}`).join(" + ");this.userCode=`
      void main() {
        ${n.join(`
        `)}

        float result = ${r};
        setOutput(result);
      }
    `}};var hi=class{constructor(e,t){this.outputShape=[],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=e,this.variableNames=t.map((s,a)=>`T${a}`);let n=[];this.variableNames.forEach(s=>{n.push(`vec4 v${s} = get${s}AtOutCoords();`)});let r=this.variableNames.map(s=>`v${s}`).join(" + ");this.userCode=`
      void main() {
        ${n.join(`
        `)}

        vec4 result = ${r};
        setOutput(result);
      }
    `}};function mi(o){let{inputs:e,backend:t}=o,n=e;if(n.length===1)return we({inputs:{x:n[0]},backend:t});if(n.length>R().getNumber("WEBGL_MAX_TEXTURES_IN_SHADER")){let c=Math.floor(n.length/2),l=mi({inputs:n.slice(0,c),backend:t}),u=mi({inputs:n.slice(c),backend:t});return mi({inputs:[l,u],backend:t})}let r=n.map(c=>c.dtype).reduce((c,l)=>Pe(c,l)),s=n.map(c=>c.shape),i=R().getBool("WEBGL_PACK")?new hi(n[0].shape,s):new fi(n[0].shape,s);return t.runWebGLProgram(i,n,r)}var bx={kernelName:Hn,backendName:"webgl",kernelFunc:mi};function G$(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n,i=r.shape.length,c=C.parseAxisParam(s,r.shape),l=c,u=w.getAxesPermutation(l,i),p=r;u!=null&&(p=ge({inputs:{x:r},backend:t,attrs:{perm:u}}),l=w.getInnerMostAxes(l.length,i)),w.assertAxesAreInnerMostDims("all",l,i);let[d,f]=w.computeOutAndReduceShapes(p.shape,l),h=C.sizeFromShape(f),m=U({inputs:{x:p},backend:t,attrs:{shape:[-1,h]}}),g=Xe(m,m.dtype,"all",t),A;if(a){let x=w.expandShapeToKeepDim(d,c);A=U({inputs:{x:g},backend:t,attrs:{shape:x}})}else A=U({inputs:{x:g},backend:t,attrs:{shape:d}});return t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(g),u!=null&&t.disposeIntermediateTensorInfo(p),A}var yx={kernelName:"All",backendName:"webgl",kernelFunc:G$};function H$(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n,i=r.shape.length,c=C.parseAxisParam(s,r.shape),l=c,u=w.getAxesPermutation(l,i),p=r;u!=null&&(p=ge({inputs:{x:r},backend:t,attrs:{perm:u}}),l=w.getInnerMostAxes(l.length,i)),w.assertAxesAreInnerMostDims("any",l,i);let[d,f]=w.computeOutAndReduceShapes(p.shape,l),h=C.sizeFromShape(f),m=U({inputs:{x:p},backend:t,attrs:{shape:[-1,h]}}),g=Xe(m,m.dtype,"any",t),A;if(a){let x=w.expandShapeToKeepDim(d,c);A=U({inputs:{x:g},backend:t,attrs:{shape:x}})}else A=U({inputs:{x:g},backend:t,attrs:{shape:d}});return t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(g),u!=null&&t.disposeIntermediateTensorInfo(p),A}var wx={kernelName:"Any",backendName:"webgl",kernelFunc:H$};var gi=class{constructor(e,t,n){this.variableNames=["A"];let{windowSize:r,batchSize:s,outSize:a}=e;n||this.variableNames.push("bestIndicesA"),this.outputShape=[s,a];let i=t==="max"?">":"<",c=n?"inOffset + i;":"round(getBestIndicesA(batch, inOffset + i));";this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${r};

        int bestIndex = inOffset;
        float bestValue = getA(batch, bestIndex);

        for (int i = 0; i < ${r}; i++) {
          int inIdx = ${c};
          float candidate = getA(batch, inIdx);
          if (candidate ${i} bestValue) {
            bestValue = candidate;
            bestIndex = inIdx;
          }
        }
        setOutput(float(bestIndex));
      }
    `}};var Ai=class{constructor(e,t,n,r){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,C.assert(e.length>2,()=>`Packed arg${n.charAt(0).toUpperCase()+n.slice(1)} supports only inputs with rank above 2.`);let s=e[e.length-1],a=Math.ceil(s/t);this.outputShape=e.slice(0,-1),a>1&&this.outputShape.push(a),r||this.variableNames.push("bestIndicesA");let i=this.outputShape,c=i.length,l=te(c),u=ye("coords",c),p,d;if(a===1){d=c+1;let E=te(d);p=`
        ${E} sourceLocR = ${E}(${u.join()}, 0);
        ++${u[c-1]};
        ${E} sourceLocG = ${E}(${u.join()}, 0);
        ++${u[c-2]};
        ${E} sourceLocA = ${E}(${u.join()}, 0);
        --${u[c-1]};
        ${E} sourceLocB = ${E}(${u.join()}, 0);
        --${u[c-2]};`}else d=c,p=`
        ${l} sourceLocR = coords;
        ++${u[c-1]};
        ${l} sourceLocG = coords;
        ++${u[c-2]};
        ${l} sourceLocA = coords;
        --${u[c-1]};
        ${l} sourceLocB = coords;
        --${u[c-2]};`;let f=["x","y","z","w","u","v"].slice(0,d),h="."+f[d-1],m=f.map(E=>"int "+E),g=ye("sourceLocR",d-1).concat("inIdx.r"),A=ye("sourceLocG",d-1).concat("inIdx.g"),x=ye("sourceLocB",d-1).concat("inIdx.b"),b=ye("sourceLocA",d-1).concat("inIdx.a"),y=n==="max"?"greaterThan":"lessThan",I=r?"":`
          inIdx = round(vec4(getBestIndicesAChannel(${g.join()}),
                             getBestIndicesAChannel(${A.join()}),
                             getBestIndicesAChannel(${x.join()}),
                             getBestIndicesAChannel(${b.join()})));`,k=`vec4(
            getAChannel(${g.join()}),
            hasNextCol ? getAChannel(${A.join()}) : 0.,
            hasNextRow ? getAChannel(${x.join()}) : 0.,
            hasNextRow && hasNextCol ? getAChannel(${b.join()}) : 0.)`,S=r?"":`
      float getBestIndicesAChannel(${m.join()}) {
        return getChannel(getBestIndicesA(${f.join()}),
                                          vec2(${f.slice(-2).join()}));
      }`;this.userCode=`
      float getAChannel(${m.join()}) {
        return getChannel(getA(${f.join()}),
                               vec2(${f.slice(-2).join()}));
      }
      ${S}
      void main() {
        ${l} coords = getOutputCoords();
        bool hasNextCol = ${u[c-1]} < ${i[c-1]-1};
        bool hasNextRow = ${u[c-2]} < ${i[c-2]-1};
        ${p}
        ivec4 srcIdx = ivec4(sourceLocR${h}, sourceLocG${h},
          sourceLocB${h}, sourceLocA${h}) * ${t};
        ivec4 inIdx = srcIdx;
        vec4 bestIndex = vec4(inIdx);
        vec4 bestValue = ${k};

        for (int i = 0; i < ${t}; i++) {
          inIdx = srcIdx;
          ${I}
          vec4 candidate = ${k};
          bvec4 nan = isnan(candidate);
          bvec4 replace = bvec4(
            vec4(${y}(candidate, bestValue)) * (vec4(1.0) - vec4(nan)));

          bestValue = vec4(replace.x  ? candidate.x : bestValue.x,
                           replace.y  ? candidate.y : bestValue.y,
                           replace.z  ? candidate.z : bestValue.z,
                           replace.w  ? candidate.w : bestValue.w);
          bestIndex = mix(bestIndex, vec4(inIdx), vec4(replace));
          srcIdx++;
        }
        setOutput(bestIndex);
      }
    `}};function Ix(o,e,t,n=null){let r=e.shape[0],s=e.shape[1];n!=null&&(r=n.shape[0],s=n.shape[1]);let a=w.computeOptimalWindowSize(s),i={windowSize:a,inSize:s,batchSize:r,outSize:Math.ceil(s/a)},c=new gi(i,t,n==null),l=[e];n!=null&&l.push(n);let u=o.runWebGLProgram(c,l,"int32");if(u.shape[1]===1)return u;let p=Ix(o,e,t,u);return o.disposeIntermediateTensorInfo(u),p}function kx(o,e,t,n=null){let r=n!=null?n.shape:e.shape,s=r[r.length-1],a=w.computeOptimalWindowSize(s),i=new Ai(r,a,t,n==null),c=n==null?[e]:[e,n],l=o.runWebGLProgram(i,c,"int32");if(l.shape.length===e.shape.length){let u=kx(o,e,t,l);return o.disposeIntermediateTensorInfo(l),u}return l}function xi(o,e,t,n){let r=[t];if(w.assertAxesAreInnerMostDims("arg"+n.charAt(0).toUpperCase()+n.slice(1),r,e.shape.length),!R().getBool("WEBGL_PACK_REDUCE")||e.shape.length<=2){let s=[],a=o.texData.get(e.dataId),i=a!==null&&a.isPacked,c=e;i&&(c=o.unpackTensor(e),s.push(c));let[l,u]=w.computeOutAndReduceShapes(c.shape,r),p=C.sizeFromShape(u),d=U({inputs:{x:c},backend:o,attrs:{shape:[-1,p]}});s.push(d);let f=Ix(o,d,n);s.push(f);let h=U({inputs:{x:f},backend:o,attrs:{shape:l}});return s.forEach(m=>o.disposeIntermediateTensorInfo(m)),h}return kx(o,e,n)}function q$(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s}=n,a=C.parseAxisParam(s,r.shape),i=w.getAxesPermutation(a,r.shape.length),c=r,l=[];i!=null&&(c=ge({inputs:{x:r},backend:t,attrs:{perm:i}}),l.push(c),a=w.getInnerMostAxes(a.length,c.shape.length)),w.assertAxesAreInnerMostDims("argMax",[a[0]],c.shape.length);let u=xi(t,c,a[0],"max");return l.forEach(p=>t.disposeIntermediateTensorInfo(p)),u}var Sx={kernelName:Xn,backendName:"webgl",kernelFunc:q$};function K$(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s}=n,a=C.parseAxisParam(s,r.shape),i=w.getAxesPermutation(a,r.shape.length),c=r,l=[];i!=null&&(c=ge({inputs:{x:r},backend:t,attrs:{perm:i}}),l.push(c),a=w.getInnerMostAxes(a.length,c.shape.length)),w.assertAxesAreInnerMostDims("argMin",[a[0]],c.shape.length);let u=xi(t,c,a[0],"min");return l.forEach(p=>t.disposeIntermediateTensorInfo(p)),u}var Ex={kernelName:jn,backendName:"webgl",kernelFunc:K$};var X$=Ee+`
  if (abs(x) > 1.) {
    return NAN;
  }
  return asin(x);
`,j$=Y({opSnippet:X$}),_x={kernelName:Do,backendName:"webgl",kernelFunc:j$};var Y$=Ee+"return log(x + sqrt(x * x + 1.0));",J$=Y({opSnippet:Y$}),vx={kernelName:Bo,backendName:"webgl",kernelFunc:J$};var Z$=Ee+`
  return atan(x);
`,eR=Y({opSnippet:Z$}),$x={kernelName:Fo,backendName:"webgl",kernelFunc:eR};var tR=vn+`
  return atan(a, b);
`,oR=`
  vec4 result = atan(a, b);
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+Ke+`
  return result;
`,nR=ie({opSnippet:tR,packedOpSnippet:oR}),Rx={kernelName:Oo,backendName:"webgl",kernelFunc:nR};var rR=Ee+`
  if ((x < -1.0) || (x > 1.0)) return NAN;
return (log(1.0 + x) - log(1.0 - x)) / 2.0;`,sR=Y({opSnippet:rR}),Nx={kernelName:Po,backendName:"webgl",kernelFunc:sR};var ft=class{constructor(e,t,n,r=!1,s=!1){if(this.variableNames=["x"],t==="avg"&&n)throw new Error("Cannot compute positions for average pool.");let a=e.filterWidth,i=e.strideHeight,c=e.strideWidth,l=e.dilationHeight,u=e.dilationWidth,p=e.effectiveFilterHeight,d=e.effectiveFilterWidth,f=e.padInfo.top,h=e.padInfo.left;this.outputShape=e.outShape;let m=t==="avg",g=`((batch  * ${e.inHeight} + xR) * ${e.inWidth} + xC) * ${e.inChannels} + d`,A=`(xR * ${e.inWidth} + xC) * ${e.inChannels} + d`,x="0.0";if(m||(x="-1.0 / 1e-20"),n){this.userCode=`
        const ivec2 strides = ivec2(${i}, ${c});
        const ivec2 pads = ivec2(${f}, ${h});

        void main() {
          ivec4 coords = getOutputCoords();
          int batch = coords[0];
          int d = coords[3];

          ivec2 xRCCorner = coords.yz * strides - pads;
          int xRCorner = xRCCorner.x;
          int xCCorner = xRCCorner.y;

          // max/min x(?, ?, d) to get y(yR, yC, d).
          // ? = to be determined
          float minMaxValue = 0.0;
          float minMaxValueFound = 0.0;
          int minMaxPosition = 0;
          float avgValue = 0.0;

          for (int wR = 0; wR < ${p};
              wR += ${l}) {
            int xR = xRCorner + wR;

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${d};
                wC += ${u}) {
              int xC = xCCorner + wC;

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              float value = getX(batch, xR, xC, d);

              // If a min / max value has already been found, use it. If not,
              // use the current value.
              float currMinMaxValue = mix(
                  value, minMaxValue, minMaxValueFound);
              if (value >= currMinMaxValue) {
                minMaxValue = value;
                minMaxValueFound = 1.0;
                minMaxPosition = ${r?s?g:A:`wR * ${d} + wC`};
              }
            }
          }
          setOutput(float(minMaxPosition));
        }
      `;return}let b="max",y=`${t}(${t}(${t}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;t==="avg"&&(y="avgValue / max(count, 1.0)");let I=Math.floor(a/4)*4,k=a%4,S=`
      if (${m}) {
        avgValue += dot(values, ones);
      } else {
        minMaxValue = ${b}(values, minMaxValue);
      }
    `;this.userCode=`
      const ivec2 strides = ivec2(${i}, ${c});
      const ivec2 pads = ivec2(${f}, ${h});
      const float initializationValue = ${x};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float count = 0.0;

      float getValue(int batch, int xR, int xC, int d) {
        if (xC < 0 || xC >= ${e.inWidth}) {
          return initializationValue;
        }
        count += 1.0;
        return getX(batch, xR, xC, d);
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d = coords[3];

        ivec2 xRCCorner = coords.yz * strides - pads;
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // max/min x(?, ?, d) to get y(yR, yC, d).
        // ? = to be determined
        vec4 minMaxValue = vec4(${x});
        float avgValue = 0.0;
        count = 0.0;

        for (int wR = 0; wR < ${p};
            wR += ${l}) {
          int xR = xRCorner + wR;

          if (xR < 0 || xR >= ${e.inHeight}) {
            continue;
          }

          for (int wC = 0; wC < ${I}; wC += 4) {
            int xC = xCCorner + wC * ${u};

            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${u}, d),
              getValue(batch, xR, xC + 2 * ${u}, d),
              getValue(batch, xR, xC + 3 * ${u}, d)
            );

            ${S}
          }

          int xC = xCCorner + ${I};
          if (${k===1}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              initializationValue,
              initializationValue,
              initializationValue
            );

            ${S}
          } else if (${k===2}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${u}, d),
              initializationValue,
              initializationValue
            );

            ${S}
          } else if (${k===3}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${u}, d),
              getValue(batch, xR, xC + 2 * ${u}, d),
              initializationValue
            );

            ${S}
          }
        }
        setOutput(${y});
      }
    `}},Xt=class{constructor(e,t,n,r=!1,s=!1){if(this.variableNames=["x"],t==="avg"&&n)throw new Error("Cannot compute positions for average pool.");let a=e.filterWidth,i=e.strideDepth,c=e.strideHeight,l=e.strideWidth,u=e.dilationDepth,p=e.dilationHeight,d=e.dilationWidth,f=e.effectiveFilterDepth,h=e.effectiveFilterHeight,m=e.effectiveFilterWidth,g=e.padInfo.front,A=e.padInfo.top,x=e.padInfo.left;this.outputShape=e.outShape;let b=t==="avg",y="0.0";if(b||(y="-1.0 / 1e-20"),n){this.userCode=`
        const ivec3 strides =
            ivec3(${i}, ${c}, ${l});
        const ivec3 pads = ivec3(${g}, ${A}, ${x});

        void main() {
          ivec5 coords = getOutputCoords();
          int batch = coords.x;
          int ch = coords.u;

          ivec3 xCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
          int xDCorner = xCorner.x;
          int xRCorner = xCorner.y;
          int xCCorner = xCorner.z;

          // max/min x(?, ?, ?, ch) to get y(yD, yR, yC, ch).
          // ? = to be determined
          float minMaxValue = 0.0;
          float minMaxValueFound = 0.0;
          int minMaxPosition = 0;

          for (int wD = 0; wD < ${f};
              wD += ${u}) {
            int xD = xDCorner + wD;

            if (xD < 0 || xD >= ${e.inDepth}) {
              continue;
            }

            for (int wR = 0; wR < ${h};
                wR += ${p}) {
              int xR = xRCorner + wR;

              if (xR < 0 || xR >= ${e.inHeight}) {
                continue;
              }

              for (int wC = 0; wC < ${m};
                  wC += ${d}) {
                int xC = xCCorner + wC;

                if (xC < 0 || xC >= ${e.inWidth}) {
                  continue;
                }

                float value = getX(batch, xD, xR, xC, ch);

                // If a min / max value has already been found, use it. If not,
                // use the current value.
                float currMinMaxValue = mix(
                    value, minMaxValue, minMaxValueFound);
                if (value >= currMinMaxValue) {
                  minMaxValue = value;
                  minMaxValueFound = 1.0;
                  minMaxPosition = ${r?s?`(((batch * ${e.inDepth} + xD) * ${e.inHeight} + xR) * ${e.inWidth} + xC) * ${e.inChannels} + ch`:`((xD * ${e.inHeight} + xR) * ${e.inWidth} + xC) * ${e.inChannels} + ch`:`wD * ${h} * ${m} +
                      wR * ${m} + wC`};
                }
              }
            }
          }
          setOutput(float(minMaxPosition));
        }
      `;return}let I="max",k=`${t}(${t}(${t}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;t==="avg"&&(k="avgValue / max(count, 1.0)");let S=Math.floor(a/4)*4,E=a%4,_=`
      if (${b}) {
        avgValue += dot(values, ones);
      } else {
        minMaxValue = ${I}(values, minMaxValue);
      }
    `;this.userCode=`
      const ivec3 strides =
        ivec3(${i}, ${c}, ${l});
      const ivec3 pads = ivec3(${g}, ${A}, ${x});
      const float initializationValue = ${y};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float count = 0.0;

      float getValue(int batch, int xD, int xR, int xC, int ch) {
        if (xC < 0 || xC >= ${e.inWidth}) {
          return initializationValue;
        }
        count += 1.0;
        return getX(batch, xD, xR, xC, ch);
      }

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 xCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
        int xDCorner = xCorner.x;
        int xRCorner = xCorner.y;
        int xCCorner = xCorner.z;

        // max/min x(?, ?, ?, d) to get y(yD, yR, yC, ch).
        // ? = to be determined
        vec4 minMaxValue = vec4(${y});
        float avgValue = 0.0;
        count = 0.0;

        for (int wD = 0; wD < ${f};
            wD += ${u}) {
          int xD = xDCorner + wD;

          if (xD < 0 || xD >= ${e.inDepth}) {
            continue;
          }

          for (int wR = 0; wR < ${h};
            wR += ${p}) {
            int xR = xRCorner + wR;

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${S}; wC += 4) {
              int xC = xCCorner + wC * ${d};

              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${d}, ch),
                getValue(batch, xD, xR, xC + 2 * ${d}, ch),
                getValue(batch, xD, xR, xC + 3 * ${d}, ch)
              );

              ${_}
            }

            int xC = xCCorner + ${S};
            if (${E===1}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                initializationValue,
                initializationValue,
                initializationValue
              );

              ${_}
            } else if (${E===2}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${d}, ch),
                initializationValue,
                initializationValue
              );

              ${_}
            } else if (${E===3}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${d}, ch),
                getValue(batch, xD, xR, xC + 2 * ${d}, ch),
                initializationValue
              );

              ${_}
            }
          }
        }
        setOutput(${k});
      }
    `}};function aR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e;yt(r,"avgPool");let{filterSize:s,strides:a,pad:i,dimRoundingMode:c}=n,l=1;C.assert(w.eitherStridesOrDilationsAreOne(a,l),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${l}'`);let u=w.computePool2DInfo(r.shape,s,a,l,i,c);if(u.filterWidth===1&&u.filterHeight===1&&C.arraysEqual(u.inShape,u.outShape))return we({inputs:{x:r},backend:t});let p=new ft(u,"avg",!1);return t.runWebGLProgram(p,[r],"float32")}var Tx={kernelName:Yn,backendName:"webgl",kernelFunc:aR};function iR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{filterSize:s,strides:a,pad:i,dimRoundingMode:c,dataFormat:l}=n,u=[1,1,1],p=w.computePool3DInfo(r.shape,s,a,u,i,c,l),d=new Xt(p,"avg",!1);return t.runWebGLProgram(d,[r],"float32")}var Dx={kernelName:Zn,backendName:"webgl",kernelFunc:iR};var Ci=class{constructor(e){this.variableNames=["dy"],this.outputShape=e.inShape;let t=e.filterHeight,n=e.filterWidth,r=e.strideHeight,s=e.strideWidth,a=e.dilationHeight,i=e.dilationWidth,c=e.effectiveFilterHeight,l=e.effectiveFilterWidth,u=c-1-e.padInfo.top,p=l-1-e.padInfo.left,d=1/(t*n);this.userCode=`
      const ivec2 pads = ivec2(${u}, ${p});
      const float avgMultiplier = float(${d});

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];

        ivec2 dyRCCorner = coords.yz - pads;
        int dyRCorner = dyRCCorner.x;
        int dyCCorner = dyRCCorner.y;

        // Convolve dy(?, ?, d) with pos mask(:, :, d) to get dx(xR, xC, d).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${c};
            wR += ${a}) {
          float dyR = float(dyRCorner + wR) / ${r}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          for (int wC = 0; wC < ${l};
            wC+= ${i}) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            float dyValue = getDy(b, idyR, idyC, d);

            dotProd += dyValue * avgMultiplier;
          }
        }
        setOutput(dotProd);
      }
    `}},bi=class{constructor(e){this.variableNames=["dy"],this.outputShape=e.inShape;let t=e.filterDepth,n=e.filterHeight,r=e.filterWidth,s=e.strideDepth,a=e.strideHeight,i=e.strideWidth,c=e.dilationDepth,l=e.dilationHeight,u=e.dilationWidth,p=e.effectiveFilterDepth,d=e.effectiveFilterHeight,f=e.effectiveFilterWidth,h=p-1-e.padInfo.front,m=d-1-e.padInfo.top,g=f-1-e.padInfo.left,A=1/(t*n*r);this.userCode=`
      const ivec3 pads = ivec3(${h}, ${m}, ${g});
      const float avgMultiplier = float(${A});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyDCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        // Convolve dy(?, ?, ?, d) with pos mask(:, :, :, ch) to get
        // dx(xD, xR, xC, ch).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int wD = 0; wD < ${p};
            wD += ${c}) {
          float dyD = float(dyDCorner + wD) / ${s}.0;

          if (dyD < 0.0 || dyD >= ${e.outDepth}.0 || fract(dyD) > 0.0) {
            continue;
          }
          int idyD = int(dyD);

          for (int wR = 0; wR < ${d};
              wR += ${l}) {
            float dyR = float(dyRCorner + wR) / ${a}.0;

            if (dyR < 0.0 || dyR >= ${e.outHeight}.0 ||
                fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            for (int wC = 0; wC < ${f};
                wC += ${u}) {
              float dyC = float(dyCCorner + wC) / ${i}.0;

              if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              float dyValue = getDy(batch, idyD, idyR, idyC, ch);

              dotProd += dyValue * avgMultiplier;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function cR(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s}=e,a=s,{filterSize:i,strides:c,pad:l,dimRoundingMode:u}=n,p=[1,1,1],d=w.computePool3DInfo(a.shape,i,c,p,l,u),f=new bi(d);return t.runWebGLProgram(f,[r],a.dtype)}var Bx={kernelName:er,backendName:"webgl",kernelFunc:cR};function lR(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s}=e,a=s;yt([r,s],"avgPoolGrad");let{filterSize:i,strides:c,pad:l}=n,u=w.computePool2DInfo(a.shape,i,c,1,l),p=new Ci(u);return t.runWebGLProgram(p,[r],a.dtype)}var Fx={kernelName:Jn,backendName:"webgl",kernelFunc:lR};function uR(o){let{inputs:e,backend:t,attrs:n}=o,{a:r,b:s}=e,{transposeA:a,transposeB:i}=n;return xo({a:r,b:s,transposeA:a,transposeB:i,backend:t})}var Px={kernelName:tr,backendName:"webgl",kernelFunc:uR};var yi=class{constructor(e,t,n,r,s,a){this.outputShape=[],this.variableNames=["x","mean","variance"],w.assertAndGetBroadcastShape(e,t),w.assertAndGetBroadcastShape(e,n);let i="0.0";r!=null&&(w.assertAndGetBroadcastShape(e,r),this.variableNames.push("offset"),i="getOffsetAtOutCoords()");let c="1.0";s!=null&&(w.assertAndGetBroadcastShape(e,s),this.variableNames.push("scale"),c="getScaleAtOutCoords()"),this.outputShape=e,this.userCode=`
      void main() {
        float x = getXAtOutCoords();
        float mean = getMeanAtOutCoords();
        float variance = getVarianceAtOutCoords();
        float offset = ${i};
        float scale = ${c};
        float inv = scale * inversesqrt(variance + float(${a}));
        setOutput(dot(vec3(x, -mean, offset), vec3(inv, inv, 1)));
      }
    `}};var wi=class{constructor(e,t,n,r,s,a){this.packedInputs=!0,this.packedOutput=!0,this.variableNames=["x","mean","variance"],w.assertAndGetBroadcastShape(e,t),w.assertAndGetBroadcastShape(e,n);let i="vec4(0.0)";r!=null&&(w.assertAndGetBroadcastShape(e,r),this.variableNames.push("offset"),i="getOffsetAtOutCoords()");let c="vec4(1.0)";s!=null&&(w.assertAndGetBroadcastShape(e,s),this.variableNames.push("scale"),c="getScaleAtOutCoords()"),this.outputShape=e,this.userCode=`
      void main() {
        vec4 offset = ${i};
        vec4 scale = ${c};

        vec4 x = getXAtOutCoords();
        vec4 mean = getMeanAtOutCoords();
        vec4 variance = getVarianceAtOutCoords();

        vec4 inv = scale * inversesqrt(variance + vec4(${a}));

        setOutput((x - mean) * inv + offset);
      }
    `}};var pR=({inputs:o,backend:e,attrs:t})=>{let{x:n,mean:r,variance:s,offset:a,scale:i}=o;C.assert(r.shape.length===s.shape.length,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),C.assert(a==null||r.shape.length===a.shape.length,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),C.assert(i==null||r.shape.length===i.shape.length,()=>"Batch normalization gradient requires mean and scale to have equal ranks.");let{varianceEpsilon:c}=t;c==null&&(c=.001);let l=[n,r,s],u=null;a!=null&&(u=a.shape,l.push(a));let p=null;i!=null&&(p=i.shape,l.push(i));let d=R().getBool("WEBGL_PACK_NORMALIZATION")?new wi(n.shape,r.shape,s.shape,u,p,c):new yi(n.shape,r.shape,s.shape,u,p,c);return e.runWebGLProgram(d,l,l[0].dtype)},Ox={kernelName:$r,backendName:"webgl",kernelFunc:pR};var Ii=class{constructor(e){this.variableNames=["source"],this.outputShape=e,this.rank=e.length;let t=te(this.rank);this.customUniforms=[{name:"start",arrayIndex:this.rank,type:"int"}];let n=dR(this.rank),r,s=e.map((a,i)=>`sourceLoc.${Ju[i]} = start[${i}] + coords.${Ju[i]};`);r=`
        ${t} sourceLoc;
        ${t} coords = getOutputCoords();
        ${s.join(`
`)}
      `,this.userCode=`
      void main() {
        ${r}
        setOutput(getSource(${n}));
      }
    `}},Ju=["x","y","z","w","u","v"];function dR(o){if(o===1)return"sourceLoc";if(o<=6)return Ju.slice(0,o).map(e=>"sourceLoc."+e).join(",");throw Error(`Slicing for rank ${o} is not yet supported`)}var ki=class{constructor(e){this.variableNames=["source"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=e,this.rank=e.length,this.customUniforms=[{name:"start",arrayIndex:this.rank,type:"int"}];let t=te(this.rank),n=ye("coords",this.rank),r=ye("sourceLoc",this.rank),s=this.rank===1?"sourceLoc":`vec2(${r.slice(-2).join()})`,a=`getChannel(getSource(${r.join()}), ${s})`,i=`
      result.x = ${a};
      if (++${n[this.rank-1]} < ${e[this.rank-1]}) {
        ++${r[this.rank-1]};
        result.y = ${a};
        --${r[this.rank-1]};
      }
    `,c=this.rank===1?"":`
      --${n[this.rank-1]};
      if (++${n[this.rank-2]} < ${e[this.rank-2]}) {
        ++${r[this.rank-2]};
        result.z = ${a};
        if (++${n[this.rank-1]} < ${e[this.rank-1]}) {
          ++${r[this.rank-1]};
          result.w = ${a};
        }
      }
    `,l=this.rank<=4?`sourceLoc = coords +
            ${t}(${e.map((u,p)=>`start[${p}]`).join()});`:e.map((u,p)=>`${r[p]} = ${n[p]} + start[${p}];`).join(`
`);this.userCode=`
      void main() {
        ${t} coords = getOutputCoords();
        ${t} sourceLoc;
        ${l}
        vec4 result = vec4(0.);
        ${i}
        ${c}
        setOutput(result);
      }
    `}};function fR(o,e,t,n){let r=n.texData.get(o.dataId),s=n.makeTensorInfo(t,o.dtype),a=n.texData.get(s.dataId);Object.assign(a,r),a.refCount=1,a.shape=t,a.dtype=o.dtype;let i=nt.computeFlatOffset(e,C.computeStrides(o.shape));r.slice&&(i+=r.slice.flatOffset),a.slice={flatOffset:i,origDataId:r.slice&&r.slice.origDataId||o.dataId};let c=n.dataRefCount.get(a.slice.origDataId)||1;return n.dataRefCount.set(a.slice.origDataId,c+1),s}function ht(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{begin:s,size:a}=n,[i,c]=nt.parseSliceParams(r,s,a);if(nt.assertParamsValid(r,i,c),C.sizeFromShape(c)===0)return t.makeTensorInfo(c,r.dtype,[]);if(t.shouldExecuteOnCPU([r])||r.dtype==="string"){let p=t.texData.get(r.dataId),d=vA(p.values,i,c,r.shape,r.dtype);return t.makeTensorInfo(c,r.dtype,d)}let{isPacked:l}=t.texData.get(r.dataId),u=nt.isSliceContinous(r.shape,i,c);if(l||!u){let p=R().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new ki(c):new Ii(c),d=[i];return t.runWebGLProgram(p,[r],r.dtype,d)}return t.uploadToGPU(r.dataId),fR(r,i,c,t)}var Lx={kernelName:Hl,backendName:"webgl",kernelFunc:ht};var hR=o=>{let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{blockShape:s,crops:a}=n;C.assert(r.shape.length<=4,()=>"batchToSpaceND for rank > 4 with a WebGL backend not implemented yet");let i=s.reduce((x,b)=>x*b),c=w.getReshaped(r.shape,s,i),l=w.getPermuted(c.length,s.length),u=w.getReshapedPermuted(r.shape,s,i),p=w.getSliceBeginCoords(a,s.length),d=w.getSliceSize(u,a,s.length),f=[],h=U({inputs:{x:r},backend:t,attrs:{shape:c}}),m=ge({inputs:{x:h},backend:t,attrs:{perm:l}}),g=U({inputs:{x:m},backend:t,attrs:{shape:u}}),A=ht({inputs:{x:g},backend:t,attrs:{begin:p,size:d}});return f.push(h),f.push(m),f.push(g),f.forEach(x=>t.disposeIntermediateTensorInfo(x)),A},Mx={kernelName:or,backendName:"webgl",kernelFunc:hR};function mR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,weights:s}=e,{size:a}=n,i=t.readSync(r.dataId),c=t.readSync(s.dataId),l=ni(i,c,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,l)}var Qx={kernelName:nr,backendName:"webgl",kernelFunc:mR};var gR=`
  int r = int(a.r) & int(b.r);
  int g = int(a.g) & int(b.g);
  int rb = int(a.b) & int(b.b);
  int ra = int(a.a) & int(b.a);
  return vec4(r, g, rb, ra);
`,AR=`
  return float(int(a.r) & int(b.r));
`;function xR(o){let{inputs:e,backend:t}=o,{a:n,b:r}=e,s=R().getBool("WEBGL_PACK_BINARY_OPERATIONS"),a=R().getNumber("WEBGL_VERSION");if(t.shouldExecuteOnCPU([n,r])||a===1){let c=t.texData.get(n.dataId).values,l=t.texData.get(r.dataId).values,[u,p]=Jg(n.shape,r.shape,c,l,n.dtype),d=t.makeTensorInfo(p,n.dtype),f=t.texData.get(d.dataId);return f.values=u,d}let i;return s?i=new qe(gR,n.shape,r.shape,!1):i=new Qe(AR,n.shape,r.shape),t.runWebGLProgram(i,[n,r],n.dtype)}var Ux={kernelName:wl,backendName:"webgl",kernelFunc:xR};function CR(o){let{inputs:e,backend:t}=o,{s0:n,s1:r}=e,s=t.readSync(n.dataId),a=t.readSync(r.dataId),i=w.assertAndGetBroadcastShape(Array.from(s),Array.from(a));return t.makeTensorInfo([i.length],"int32",Int32Array.from(i))}var Vx={kernelName:rr,backendName:"webgl",kernelFunc:CR};var bR="return float(a != b);",Zu=ie({opSnippet:bR,cpuKernelImpl:CA,dtype:"bool"}),zx={kernelName:Vl,backendName:"webgl",kernelFunc:Zu};function Bt(o){let{inputs:e,backend:t}=o,{input:n}=e,r=t.texData.get(n.dataId);return we({inputs:{x:r.complexTensorInfos.real},backend:t})}var Wx={kernelName:Wl,backendName:"webgl",kernelFunc:Bt};var yR="return float(int(x));";function Gx(o,e){let t=new Ne(o.shape,yR),n=e.runWebGLProgram(t,[o],"int32");return{dataId:n.dataId,shape:n.shape,dtype:n.dtype}}function ep(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{dtype:s}=n;if(s==="complex64"){if(r.dtype==="complex64")return we({inputs:{x:r},backend:t});let a=uu(r.shape),i=ep({inputs:{x:r},backend:t,attrs:{dtype:"float32"}}),c=Ue({inputs:{real:i,imag:a},backend:t});return a.dispose(),t.disposeIntermediateTensorInfo(i),c}if(r.dtype==="complex64"){let a=Bt({inputs:{input:r},backend:t}),i=ep({inputs:{x:a},backend:t,attrs:{dtype:s}});return t.disposeIntermediateTensorInfo(a),i}if(!C.hasEncodingLoss(r.dtype,s)){let a=we({inputs:{x:r},backend:t});return{dataId:a.dataId,shape:a.shape,dtype:s}}if(t.shouldExecuteOnCPU([r])){let a=t.texData.get(r.dataId).values,[i,c,l]=Zg(a,r.shape,r.dtype,s);return t.makeTensorInfo(i,c,l)}if(s==="int32")return Gx(r,t);if(s==="bool"){let a=t.makeTensorInfo([],"bool",C.getTypedArrayFromDType("bool",1)),c=Zu({inputs:{a:r,b:a},backend:t});return t.disposeIntermediateTensorInfo(a),c}throw new Error(`Error in Cast: failed to cast ${r.dtype} to ${s}`)}var Hx={kernelName:Il,backendName:"webgl",kernelFunc:ep};var qx="return ceil(x);",wR=Y({opSnippet:qx,packedOpSnippet:qx,cpuKernelImpl:eA}),Kx={kernelName:kl,backendName:"webgl",kernelFunc:wR};var Si=class{constructor(e){this.variableNames=["A"],this.customUniforms=[{name:"minVal",type:"float"},{name:"maxVal",type:"float"}],this.outputShape=e,this.userCode=`

      void main() {
        float value = getAAtOutCoords();
        if (isnan(value)) {
          setOutput(value);
          return;
        }

        setOutput(clamp(value, minVal, maxVal));
      }
    `}};var Ei=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"minVal",type:"float"},{name:"maxVal",type:"float"}],this.outputShape=e,this.userCode=`
      void main() {
        vec4 value = getAAtOutCoords();

        if (any(isnan(value))) {
          setOutput(value);
          return;
        }

        setOutput(clamp(value, vec4(minVal), vec4(maxVal)));
      }
    `}};function IR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{clipValueMin:s,clipValueMax:a}=n,i;R().getBool("WEBGL_PACK_CLIP")?i=new Ei(r.shape):i=new Si(r.shape);let c=[[s],[a]];return t.runWebGLProgram(i,[r],r.dtype,c)}var Xx={kernelName:Lo,backendName:"webgl",kernelFunc:IR};var _i=class{constructor(e){this.variableNames=["real","imag"],this.outputShape=e,this.userCode=`
      void main() {
        float re = abs(getRealAtOutCoords());
        float im = abs(getImagAtOutCoords());
        float mx = max(re, im);

        // sadly the length function in glsl is not underflow-safe
        // (at least not on Intel GPUs). So the safe solution is
        // to ensure underflow-safety in all cases.
        setOutput(
          mx == 0.0 ? 0.0 : mx * length(vec2(1, min(re, im)/mx))
        );
      }
    `}};function jx(o,e){return{dataId:e.dataId,dtype:e.dtype,shape:o.shape}}function kR(o){let{inputs:e,backend:t}=o,{x:n}=e,r=t.texData.get(n.dataId),s=new _i(n.shape),a=[jx(n,r.complexTensorInfos.real),jx(n,r.complexTensorInfos.imag)];return t.runWebGLProgram(s,a,a[0].dtype)}var Yx={kernelName:sr,backendName:"webgl",kernelFunc:kR};var vi=class{constructor(e){this.outputShape=[],this.outputShape=w.computeOutShape(e,1),this.variableNames=e.map((a,i)=>`T${i}`);let t=new Array(e.length-1);t[0]=e[0][1];for(let a=1;a<t.length;a++)t[a]=t[a-1]+e[a][1];let n=[`if (yC < ${t[0]}) setOutput(getT0(yR, yC));`];for(let a=1;a<t.length;a++){let i=t[a-1];n.push(`else if (yC < ${t[a]}) setOutput(getT${a}(yR, yC-${i}));`)}let r=t.length,s=t[t.length-1];n.push(`else setOutput(getT${r}(yR, yC-${s}));`),this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int yR = coords.x;
        int yC = coords.y;

        ${n.join(`
        `)}
      }
    `}};var Ri=class{constructor(e,t){this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[],this.outputShape=w.computeOutShape(e,t);let n=this.outputShape,r=n.length,s=te(r),a=ye("coords",r),i=["x","y","z","w","u","v"].slice(0,r);this.variableNames=e.map((m,g)=>`T${g}`);let c=new Array(e.length-1);c[0]=e[0][t];for(let m=1;m<c.length;m++)c[m]=c[m-1]+e[m][t];let l=i[t],u=i.slice(-2),p=i.join(),d=`if (${l} < ${c[0]}) {
        return getChannel(
            getT0(${p}), vec2(${u.join()}));
        }`;for(let m=1;m<c.length;m++){let g=c[m-1];d+=`
        if (${l} < ${c[m]}  && ${l} >= ${c[m-1]}) {
          return getChannel(
            getT${m}(${$i(i,l,g)}),
            vec2(${$i(u,l,g)}));
        }`}let f=c.length,h=c[c.length-1];d+=`
        return getChannel(
          getT${f}(${$i(i,l,h)}),
          vec2(${$i(u,l,h)}));`,this.userCode=`
      float getValue(${i.map(m=>"int "+m)}) {
        ${d}
      }

      void main() {
        ${s} coords = getOutputCoords();
        vec4 result = vec4(getValue(${a}), 0., 0., 0.);

        ${a[r-1]} = ${a[r-1]} + 1;
        if (${a[r-1]} < ${n[r-1]}) {
          result.g = getValue(${a});
        }

        ${a[r-2]} = ${a[r-2]} + 1;
        if (${a[r-2]} < ${n[r-2]}) {
          result.a = getValue(${a});
        }

        ${a[r-1]} = ${a[r-1]} - 1;
        if (${a[r-2]} < ${n[r-2]} &&
            ${a[r-1]} < ${n[r-1]}) {
          result.b = getValue(${a});
        }
        setOutput(result);
      }
    `}};function $i(o,e,t){let n=o.indexOf(e);return o.map((s,a)=>a===n?`${s} - ${t}`:s).join()}function Co(o){let{inputs:e,backend:t}=o,{input:n}=e,r=t.texData.get(n.dataId);return we({inputs:{x:r.complexTensorInfos.imag},backend:t})}var Jx={kernelName:Dr,backendName:"webgl",kernelFunc:Co};function Rn(o,e,t){let n=o[0].dtype;if(n==="complex64"){let f=o.map(x=>Bt({inputs:{input:x},backend:t})),h=o.map(x=>Co({inputs:{input:x},backend:t})),m=Rn(f,e,t),g=Rn(h,e,t),A=Ue({inputs:{real:m,imag:g},backend:t});return f.forEach(x=>t.disposeIntermediateTensorInfo(x)),h.forEach(x=>t.disposeIntermediateTensorInfo(x)),t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(g),A}let r=t.shouldExecuteOnCPU(o);if(n==="string"&&(r=!0),r){let f=o.map(y=>{let k=[-1,C.sizeFromShape(y.shape.slice(e))];return U({inputs:{x:y},backend:t,attrs:{shape:k}})}),h=f.map(y=>({vals:t.readSync(y.dataId),shape:y.shape})),m=w.computeOutShape(f.map(y=>y.shape),1),g=f[0].shape[0]===1,A=tA(h,m,n,g),x=w.computeOutShape(o.map(y=>y.shape),e),b=t.makeTensorInfo(x,n,A);return f.forEach(y=>t.disposeIntermediateTensorInfo(y)),b}let s=o.filter(f=>C.sizeFromShape(f.shape)>0),a=R().getBool("WEBGL_PACK_ARRAY_OPERATIONS")&&s[0].shape.length>1;if(s.length===1){let f=a?new Ne(o[0].shape,wt):new Me(o[0].shape,wt);return t.runWebGLProgram(f,o,n)}let i=R().getNumber("WEBGL_MAX_TEXTURES_IN_SHADER");if(s.length>i){let f=[];for(let m=0;m<s.length;m+=i){let g=s.slice(m,m+i);f.push(Rn(g,e,t))}let h=Rn(f,e,t);for(let m of f)t.disposeIntermediateTensorInfo(m);return h}if(a){let f=new Ri(s.map(h=>h.shape),e);return t.runWebGLProgram(f,s,n)}let{tensors2D:c,outShape:l}=SR(s,e,t),u=new vi(c.map(f=>f.shape)),p=t.runWebGLProgram(u,c,n);c.forEach(f=>t.disposeIntermediateTensorInfo(f));let d=U({inputs:{x:p},attrs:{shape:l},backend:t});return t.disposeIntermediateTensorInfo(p),d}function SR(o,e,t){let n=w.computeOutShape(o.map(s=>s.shape),e);return{tensors2D:o.map(s=>U({inputs:{x:s},attrs:{shape:[-1,C.sizeFromShape(s.shape.slice(e))]},backend:t})),outShape:n}}function tp(o){let{inputs:e,backend:t,attrs:n}=o,{axis:r}=n,s=C.parseAxisParam(r,e[0].shape)[0],a=e.map(l=>l.shape);w.assertParamsConsistent(a,s);let i=w.computeOutShape(e.map(l=>l.shape),s);if(C.sizeFromShape(i)===0)return t.makeTensorInfo(i,e[0].dtype,[]);let c=e.filter(l=>C.sizeFromShape(l.shape)>0);return c.length===1?we({inputs:{x:c[0]},backend:t}):Rn(c,s,t)}var Zx={kernelName:ar,backendName:"webgl",kernelFunc:tp};var Nn=class{constructor(e,t=!1,n=null,r=!1,s=!1){this.variableNames=["x","W"],this.outputShape=e.outShape;let a=e.padInfo.top,i=e.padInfo.left,c=e.strideHeight,l=e.strideWidth,u=e.dilationHeight,p=e.dilationWidth,d=e.filterHeight,f=e.filterWidth,h=Math.floor(e.inChannels/4)*4,m=e.inChannels%4,g=e.dataFormat==="channelsLast",A=g?1:2,x=g?2:3,b=g?3:1,y="",I="";n&&(r?y=`float activation(float a) {
          float b = getPreluActivationWeightsAtOutCoords();
          ${n}
        }`:s?y=`float activation(float a) {
          float b = getLeakyreluAlphaAtOutCoords();
          ${n}
        }`:y=`
          float activation(float x) {
            ${n}
          }
        `,I="result = activation(result);");let k=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),r&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${y}

      const ivec2 strides = ivec2(${c}, ${l});
      const ivec2 pads = ivec2(${a}, ${i});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d2 = coords[${b}];

        ivec2 xRCCorner =
            ivec2(coords[${A}], coords[${x}]) * strides - pads;
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // Convolve x(?, ?, d1) with w(:, :, d1, d2) to get y(yR, yC, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${d}; wR++) {
          int xR = xRCorner + wR * ${u};

          if (xR < 0 || xR >= ${e.inHeight}) {
            continue;
          }

          for (int wC = 0; wC < ${f}; wC++) {
            int xC = xCCorner + wC * ${p};

            if (xC < 0 || xC >= ${e.inWidth}) {
              continue;
            }

            for (int d1 = 0; d1 < ${h}; d1 += 4) {
              vec4 wValues = vec4(
                getW(wR, wC, d1, d2),
                getW(wR, wC, d1 + 1, d2),
                getW(wR, wC, d1 + 2, d2),
                getW(wR, wC, d1 + 3, d2)
              );

              if (${g}) {
                vec4 xValues = vec4(
                  getX(batch, xR, xC, d1),
                  getX(batch, xR, xC, d1 + 1),
                  getX(batch, xR, xC, d1 + 2),
                  getX(batch, xR, xC, d1 + 3)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec4 xValues = vec4(
                  getX(batch, d1, xR, xC),
                  getX(batch, d1 + 1, xR, xC),
                  getX(batch, d1 + 2, xR, xC),
                  getX(batch, d1 + 3, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }
            }

            if (${m===1}) {

              if (${g}) {
                dotProd +=
                    getX(batch, xR, xC, ${h}) *
                    getW(wR, wC, ${h}, d2);
              } else {
                dotProd +=
                    getX(batch, ${h}, xR, xC) *
                    getW(wR, wC, ${h}, d2);
              }

            } else if (${m===2}) {
              vec2 wValues = vec2(
                getW(wR, wC, ${h}, d2),
                getW(wR, wC, ${h} + 1, d2)
              );

              if (${g}) {
                vec2 xValues = vec2(
                  getX(batch, xR, xC, ${h}),
                  getX(batch, xR, xC, ${h} + 1)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec2 xValues = vec2(
                  getX(batch, ${h}, xR, xC),
                  getX(batch, ${h} + 1, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }

            } else if (${m===3}) {
              vec3 wValues = vec3(
                getW(wR, wC, ${h}, d2),
                getW(wR, wC, ${h} + 1, d2),
                getW(wR, wC, ${h} + 2, d2)
              );

              if (${g}) {
                vec3 xValues = vec3(
                  getX(batch, xR, xC, ${h}),
                  getX(batch, xR, xC, ${h} + 1),
                  getX(batch, xR, xC, ${h} + 2)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec3 xValues = vec3(
                  getX(batch, ${h}, xR, xC),
                  getX(batch, ${h} + 1, xR, xC),
                  getX(batch, ${h} + 2, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }

            }
          }
        }

        float result = dotProd;
        ${k}
        ${I}
        setOutput(result);
      }
    `}},Ni=class{constructor(e){this.variableNames=["x","W"],this.outputShape=e.outShape;let t=e.padInfo.front,n=e.padInfo.top,r=e.padInfo.left,s=e.strideDepth,a=e.strideHeight,i=e.strideWidth,c=e.dilationDepth,l=e.dilationHeight,u=e.dilationWidth,p=e.filterDepth,d=e.filterHeight,f=e.filterWidth,h=Math.floor(e.inChannels/4)*4,m=e.inChannels%4;this.userCode=`
      const ivec3 strides = ivec3(${s}, ${a}, ${i});
      const ivec3 pads = ivec3(${t}, ${n}, ${r});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int d2 = coords.u;

        ivec3 xFRCCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
        int xFCorner = xFRCCorner.x;
        int xRCorner = xFRCCorner.y;
        int xCCorner = xFRCCorner.z;

        // Convolve x(?, ?, ?, d1) with w(:, :, :, d1, d2) to get
        // y(yF, yR, yC, d2). ? = to be determined. : = across all
        // values in that axis.
        float dotProd = 0.0;
        for (int wF = 0; wF < ${p}; wF++) {
          int xF = xFCorner + wF * ${c};

          if (xF < 0 || xF >= ${e.inDepth}) {
            continue;
          }

          for (int wR = 0; wR < ${d}; wR++) {
            int xR = xRCorner + wR * ${l};

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${f}; wC++) {
              int xC = xCCorner + wC * ${u};

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              for (int d1 = 0; d1 < ${h}; d1 += 4) {
                vec4 xValues = vec4(
                  getX(batch, xF, xR, xC, d1),
                  getX(batch, xF, xR, xC, d1 + 1),
                  getX(batch, xF, xR, xC, d1 + 2),
                  getX(batch, xF, xR, xC, d1 + 3)
                );
                vec4 wValues = vec4(
                  getW(wF, wR, wC, d1, d2),
                  getW(wF, wR, wC, d1 + 1, d2),
                  getW(wF, wR, wC, d1 + 2, d2),
                  getW(wF, wR, wC, d1 + 3, d2)
                );

                dotProd += dot(xValues, wValues);
              }

              if (${m===1}) {
                dotProd +=
                  getX(batch, xF, xR, xC, ${h}) *
                  getW(wF, wR, wC, ${h}, d2);
              } else if (${m===2}) {
                vec2 xValues = vec2(
                  getX(batch, xF, xR, xC, ${h}),
                  getX(batch, xF, xR, xC, ${h} + 1)
                );
                vec2 wValues = vec2(
                  getW(wF, wR, wC, ${h}, d2),
                  getW(wF, wR, wC, ${h} + 1, d2)
                );
                dotProd += dot(xValues, wValues);
              } else if (${m===3}) {
                vec3 xValues = vec3(
                  getX(batch, xF, xR, xC, ${h}),
                  getX(batch, xF, xR, xC, ${h} + 1),
                  getX(batch, xF, xR, xC, ${h} + 2)
                );
                vec3 wValues = vec3(
                  getW(wF, wR, wC, ${h}, d2),
                  getW(wF, wR, wC, ${h} + 1, d2),
                  getW(wF, wR, wC, ${h} + 2, d2)
                );
                dotProd += dot(xValues, wValues);
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}};var Tn=class{constructor(e,t=!1,n=null,r=!1,s=!1){this.variableNames=["x","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=e.outShape,this.enableShapeUniforms=ue(this.outputShape.length);let a=e.padInfo.left,i=e.strideWidth,c=e.dilationWidth,l=e.filterHeight,u=e.filterWidth,p=u,d=`
       int xR; int xC; int xCOffset;
       vec4 wTexel; vec4 previous; vec4 final;`;for(let g=0;g<u;g++)d+=`
           vec4 xTexelC${g*2};
           int xTexelC${g*2}Ready;
           vec4 xTexelC${g*2+1};
           int xTexelC${g*2+1}Ready;
           vec4 xC${g};`;d+=`
     for (int r = 0; r < ${l}; r++) {
      for (int d1 = 0; d1 < ${e.inChannels}; d1 += 2) {
       `;for(let g=0;g<u;g++)d+=`
           xTexelC${g*2} = vec4(0.0);
           xTexelC${g*2}Ready = 0;
           xTexelC${g*2+1} = vec4(0.0);
           xTexelC${g*2+1}Ready = 0;
           xC${g} = vec4(0.0);`;d+=`
         xR = xRCorner + r * dilations[0];
         if (xR >=0 && xR < inDims[0]) {
       `;for(let g=0;g<(p+1)/2;g++){let A=g*2;if(d+=`
           xC = xCCorner + ${A*c};
           `,i===1){if(A<u&&(a%2===1?(d+=`
                 xCOffset = xC + 1;
                 if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${A}Ready == 0) {
                   xTexelC${A} = getX(batch, xR, xCOffset, d1);

                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${A}.zw = vec2(0.0);
                   }
                   xTexelC${A}Ready = 1;
                 }
               `,c===1&&A>0?d+=`
                 xC${A} = vec4(xTexelC${A-2}.zw, xTexelC${A}.xy);
                 `:d+=`
                   xCOffset = xC + 1 - 2;

                   if (xCOffset >= 0 && xCOffset < inDims[1]) {
                     previous = getX(batch, xR, xCOffset, d1);

                     // Need to manually clear unused channels in case
                     // we're reading from recycled texture.
                     if (xCOffset + 1 >= inDims[1]) {
                       previous.zw = vec2(0.0);
                     }

                     xC${A} = vec4(previous.zw, xTexelC${A}.xy);
                   } else {
                     xC${A} = vec4(0.0, 0.0, xTexelC${A}.xy);
                   }
                   `):d+=`
                 if (xC >= 0 && xC < inDims[1] && xTexelC${A}Ready == 0) {
                   xTexelC${A} = getX(batch, xR, xC, d1);
                   if (xC + 1 >= inDims[1]) {
                     xTexelC${A}.zw = vec2(0.0);
                   }
                   xTexelC${A}Ready = 1;
                 }

                 xC${A} = xTexelC${A};
                 `,A+1<u)){let x=a%2===0?C.nearestLargerEven(c):c;c%2===0&&a%2===1||c%2!==0&&a%2!==1?(d+=`
                   xCOffset = xC + imod(pads[1], 2) + ${x};

                   if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${A+1}Ready == 0) {
                     xTexelC${A+1} = getX(batch, xR, xCOffset, d1);

                     // Need to manually clear unused channels in case
                     // we're reading from recycled texture.
                     if (xCOffset + 1 >= inDims[1]) {
                       xTexelC${A+1}.zw = vec2(0.0);
                     }
                     xTexelC${A+1}Ready = 1;
                   }
                   `,c>1?d+=`
                     xCOffset -= 2;
                     if (xCOffset >= 0 && xCOffset < inDims[1]) {
                      previous = getX(batch, xR, xCOffset, d1);
                      xC${A+1} = vec4(previous.zw, xTexelC${A+1}.xy);
                     } else {
                      xC${A+1} = vec4(0.0, 0.0, xTexelC${A+1}.xy);
                     }
                     `:d+=`
                     xC${A+1} = vec4(xTexelC${A}.zw, xTexelC${A+1}.xy);
                     `):x===1?d+=`
                     xC${A+1} = xTexelC${A};
                     `:d+=`
                     xCOffset = xC + ${x};

                     if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${A+1}Ready == 0) {
                       xTexelC${A+1} = getX(batch, xR, xCOffset, d1);
                       if (xCOffset + 1 >= inDims[1]) {
                         xTexelC${A+1}.zw = vec2(0.0);
                       }
                       xTexelC${A+1}Ready = 1;
                     }

                     xC${A+1} = xTexelC${A+1};
                     `}}else A<u&&(a%2===1?(d+=`
                 xCOffset = xC + 1 - strides[1];
                 if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${A}Ready == 0) {
                   xTexelC${A} = getX(batch, xR, xCOffset, d1);
                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${A}.zw = vec2(0.0);
                   }
                   xTexelC${A}Ready = 1;
                 }

                 if(xC + 1 >= 0 && xC + 1 < inDims[1] && xTexelC${A+1}Ready == 0) {
                   xTexelC${A+1} = getX(batch, xR, xC + 1, d1);
                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xC + 2 >= inDims[1]) {
                     xTexelC${A+1}.zw = vec2(0.0);
                   }
                   xTexelC${A+1}Ready = 1;
                 }

                 xC${A} = vec4(xTexelC${A}.zw, xTexelC${A+1}.zw);
               `,A+1<u&&(d+=`
                   final = vec4(0.0);
                   xCOffset = xC + 1 + strides[1];
                   if(xCOffset >= 0 && xCOffset < inDims[1]) {
                     final = getX(batch, xR, xCOffset, d1);
                   }
                   xC${A+1} = vec4(xTexelC${A+1}.xy, final.xy);
                 `)):(d+=`
                 if(xC >= 0 && xC < inDims[1] && xTexelC${A}Ready == 0) {
                   xTexelC${A} = getX(batch, xR, xC, d1);
                   if (xC + 1 >= inDims[1]) {
                     xTexelC${A}.zw = vec2(0.0);
                   }
                   xTexelC${A}Ready = 1;
                 }

                 xCOffset = xC + strides[1];
                 if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${A+1}Ready == 0) {
                   xTexelC${A+1} = getX(batch, xR, xCOffset, d1);
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${A+1}.zw = vec2(0.);
                   }
                   xTexelC${A+1}Ready = 1;
                 }

                 xC${A} = vec4(
                   xTexelC${A}.xy, xTexelC${A+1}.xy);
               `,A+1<u&&(d+=`
                   xC${A+1} = vec4(xTexelC${A}.zw, xTexelC${A+1}.zw);
                 `)));A<u&&(d+=`
             wTexel = getW(r, ${A}, d1, d2);
             dotProd += xC${A}.xxzz * vec4(wTexel.xy, wTexel.xy);
             if(d1 + 1 < ${e.inChannels}) {
               dotProd += xC${A}.yyww * vec4(wTexel.zw, wTexel.zw);
             }
           `,A+1<u&&(d+=`
               wTexel = getW(r, ${A+1}, d1, d2);
               dotProd += xC${A+1}.xxzz * vec4(wTexel.xy, wTexel.xy);
               if(d1 + 1 < ${e.inChannels}) {
                 dotProd += xC${A+1}.yyww * vec4(wTexel.zw, wTexel.zw);
               }
             `))}d+=`
     }
   `,d+=`
     }
   `,d+=`
     }
   `;let f="",h="";n&&(r?f=`vec4 activation(vec4 a) {
           vec4 b = getPreluActivationWeightsAtOutCoords();
           ${n}
         }`:s?f=`vec4 activation(vec4 a) {
           vec4 b = getLeakyreluAlphaAtOutCoords();
           ${n}
         }`:f=`vec4 activation(vec4 x) {
           ${n}
         }`,h="result = activation(result);");let m=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),r&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
       ${f}

       void main() {
         ivec4 coords = getOutputCoords();
         int batch = coords.x;
         ivec2 xRCCorner = coords.yz * strides - pads;
         int d2 = coords.w;
         int xRCorner = xRCCorner.x;
         int xCCorner = xRCCorner.y;

         //intialize dotProd with a small epsilon seems to reduce GPU accuracy loss.
         vec4 dotProd = vec4(0.000000000000001);

         ${d}

         vec4 result = dotProd - vec4(0.000000000000001);
         ${m}
         ${h}
         setOutput(result);
       }
     `}};var Ti=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"inputShape",type:"ivec4"},{name:"pad",type:"ivec2"},{name:"stride",type:"ivec2"},{name:"dilation",type:"ivec2"},{name:"inChannels",type:"int"},{name:"itemsPerBlockRow",type:"int"},{name:"outWidth",type:"int"}],this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length);let{dataFormat:n}=t,r=Ce(),s=n==="channelsLast",a=s?1:2,i=s?2:3,c=this.enableShapeUniforms?"if(blockIndex < outShape[2] && pos < outShape[1]) {":`if(blockIndex < ${e[2]} && pos < ${e[1]}) {`,l="";for(let u=0;u<=1;u++)for(let p=0;p<=1;p++)l+=`
          blockIndex = rc.z + ${p};
          pos = rc.y + ${u};

          ${c}
            offsetY = int(blockIndex / outWidth) * stride[0] - pad[0];
            d0 = offsetY + dilation[0] * (pos / itemsPerBlockRow);

            if(d0 < inputShape[${a}] && d0 >= 0) {
              // Use custom imod instead mod. On Intel GPU, mod may generate
              // unexpected value.
              // https://github.com/tensorflow/tfjs/issues/5447
              offsetX = imod(blockIndex, outWidth) * stride[1] - pad[1];
              d1 = offsetX + dilation[1] * (imod(pos, itemsPerBlockRow) /
                  inChannels);

              if(d1 < inputShape[${i}] && d1 >= 0) {

                ch = imod(pos, inChannels);

                if (${s}) {
                  innerDims = vec2(d1, ch);
                  result[${u*2+p}] = getChannel(
                    getA(rc.x, d0, int(innerDims.x),
                    int(innerDims.y)), innerDims);
                } else {
                  innerDims = vec2(d0, d1);
                  result[${u*2+p}] = getChannel(
                    getA(rc.x, ch, int(innerDims.x),
                    int(innerDims.y)), innerDims);
                }
              }
            }
          }
        `;this.userCode=`
      void main() {
        ivec3 rc = getOutputCoords();

        vec4 result = vec4(0);

        int blockIndex, pos, offsetY, d0, offsetX, d1, ch;
        vec2 innerDims;

        ${l}

        ${r.output} = result;
      }
    `}};function Di(o,e){let t=o.length;return t>=3?e?[...o.slice(0,-3),o[t-3]*o[t-2],o[t-1]]:[...o.slice(0,-3),o[t-3],o[t-2]*o[t-1]]:!e&&t===1&&o[0]>1?[o[0],1]:null}function Bi({x:o,filter:e,convInfo:t,backend:n,bias:r=null,preluActivationWeights:s=null,leakyreluAlpha:a=0,activation:i=null}){let c=o.shape,l=n.texData.get(o.dataId),u=t.inChannels,p=c[0]*c[1]*c[2],d=t.outChannels,f=t.dataFormat==="channelsLast",h=!1,m=!1,g,A=[];if(s!=null){let y=Di(s.shape,f);y!=null&&(s=U({inputs:{x:s},backend:n,attrs:{shape:y}}),A.push(s))}if(r!=null){let y=Di(r.shape,f);y!=null&&(r=U({inputs:{x:r},backend:n,attrs:{shape:y}}),A.push(r))}if(!((p===1||d===1)&&u>Yu)&&l.isPacked&&f&&l.texture!=null&&c[2]%2!==0&&C.arraysEqual(l.shape.slice(-3),c.slice(-3))){let y=c[0]*c[1]*(c[2]+1),I={dataId:o.dataId,shape:[1,y,t.inChannels],dtype:o.dtype},k=l.shape;l.shape=l.shape.slice(),l.shape[l.shape.length-2]++,C.assert(fo(l.shape,I.shape),()=>`packed reshape ${l.shape} to ${I.shape} isn't free`);let S=U({inputs:{x:e},backend:n,attrs:{shape:[1,t.inChannels,t.outChannels]}});A.push(S);let E=xo({a:I,b:S,backend:n,transposeA:h,transposeB:m,bias:r,activation:i,preluActivationWeights:s,leakyreluAlpha:a}),_=n.texData.get(E.dataId);C.assert(_.isPacked,()=>"batchMatMul result is expected to be packed"),l.shape=k,_.shape=t.outShape,g=we({inputs:{x:E},backend:n}),g.shape=t.outShape,A.push(E)}else{let y=t.outHeight*t.outWidth,I=U({inputs:{x:o},backend:n,attrs:{shape:f?[t.batchSize,y,t.inChannels]:[t.batchSize,t.inChannels,y]}}),k=U({inputs:{x:e},backend:n,attrs:{shape:[1,t.inChannels,t.outChannels]}}),S=xo({a:f?I:k,b:f?k:I,transposeA:!f,transposeB:m,backend:n,bias:r,activation:i,preluActivationWeights:s,leakyreluAlpha:a});g=U({inputs:{x:S},backend:n,attrs:{shape:t.outShape}}),A.push(I),A.push(k),A.push(S)}for(let y of A)n.disposeIntermediateTensorInfo(y);return g}function Fi({x:o,filter:e,convInfo:t,backend:n,bias:r=null,preluActivationWeights:s=null,leakyreluAlpha:a=0,activation:i=null}){let{filterWidth:c,filterHeight:l,inChannels:u,outWidth:p,outHeight:d,dataFormat:f}=t,h=f==="channelsLast",m=c*l*u,g=d*p,A=[t.batchSize,m,g],x=!0,b=!1,y=[];if(s!=null){let $=Di(s.shape,h);$!=null&&(s=U({inputs:{x:s},backend:n,attrs:{shape:$}}),y.push(s))}if(r!=null){let $=Di(r.shape,h);$!=null&&(r=U({inputs:{x:r},backend:n,attrs:{shape:$}}),y.push(r))}let I=U({inputs:{x:e},backend:n,attrs:{shape:[1,m,C.sizeFromShape(e.shape)/m]}});y.push(I);let k=new Ti(A,t),S=[o.shape,[t.padInfo.top,t.padInfo.left],[t.strideHeight,t.strideWidth],[t.dilationHeight,t.dilationWidth],[t.inChannels],[t.filterWidth*t.inChannels],[t.outWidth]],E=n.runWebGLProgram(k,[o],"float32",S),_=U({inputs:{x:E},backend:n,attrs:{shape:A}});y.push(E),y.push(_);let v=r!=null,B=s!=null,N=i==="leakyrelu",T=i?Dt(i,!0):null,F=new $n(h?_.shape:I.shape,h?I.shape:_.shape,h?[t.batchSize,g,t.outChannels]:[t.batchSize,t.outChannels,g],x,b,v,T,B,N),D=h?[_,I]:[I,_];if(r&&D.push(r),B&&D.push(s),N){let $=n.makeTensorInfo([],"float32",C.createScalarValue(a,"float32"));D.push($),y.push($)}let O=n.runWebGLProgram(F,D,"float32"),M=U({inputs:{x:O},backend:n,attrs:{shape:t.outShape}});y.push(O);for(let $ of y)n.disposeIntermediateTensorInfo($);return M}function ER(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s}=e,{strides:a,pad:i,dataFormat:c,dilations:l,dimRoundingMode:u}=n,p=w.convertConv2DDataFormat(c),d=w.computeConv2DInfo(r.shape,s.shape,a,l,i,u,!1,p),f;if(d.filterHeight===1&&d.filterWidth===1&&d.dilationHeight===1&&d.dilationWidth===1&&d.strideHeight===1&&d.strideWidth===1&&(d.padInfo.type==="SAME"||d.padInfo.type==="VALID"))f=Bi({x:r,filter:s,convInfo:d,backend:t});else if(d.strideWidth<=2&&p==="channelsLast"&&R().getBool("WEBGL_EXP_CONV")){let m=new Tn(d),g=[[d.padInfo.top,d.padInfo.left],[d.strideHeight,d.strideWidth],[d.dilationHeight,d.dilationWidth],[d.inHeight,d.inWidth]];f=t.runWebGLProgram(m,[r,s],"float32",g)}else if(R().getBool("WEBGL_CONV_IM2COL"))f=Fi({x:r,filter:s,convInfo:d,backend:t});else{let m=new Nn(d);f=t.runWebGLProgram(m,[r,s],"float32")}let h=U({inputs:{x:f},backend:t,attrs:{shape:d.outShape}});return t.disposeIntermediateTensorInfo(f),h}var eC={kernelName:ir,backendName:"webgl",kernelFunc:ER};var Pi=class{constructor(e){this.variableNames=["x","dy"],this.outputShape=e.filterShape;let t=e.strideHeight,n=e.strideWidth,r=e.padInfo.top,s=e.padInfo.left,a=e.dataFormat==="channelsLast";this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int wR = coords.x;
        int wC = coords.y;
        int d1 = coords.z;
        int d2 = coords.w;

        // Convolve x(?, ?, d1) with dy(:, :, d2) to get dw(wR, wC, d1, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int b = 0; b < ${e.batchSize}; b++) {
          for (int yR = 0; yR < ${e.outHeight}; yR++) {
            int xR = wR + yR * ${t} - ${r};

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int yC = 0; yC < ${e.outWidth}; yC++) {
              int xC = wC + yC * ${n} - ${s};

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              ${a?`float dyValue = getDy(b, yR, yC, d2);
              float xValue = getX(b, xR, xC, d1);
              dotProd += (xValue * dyValue);`:`float dyValue = getDy(b, d2, yR, yC);
              float xValue = getX(b, d1, xR, xC);
              dotProd += (xValue * dyValue);`}
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Oi=class{constructor(e){this.variableNames=["dy","W"],this.outputShape=e.inShape;let t=e.filterHeight,n=e.filterWidth,r=e.strideHeight,s=e.strideWidth,a=e.dataFormat==="channelsLast",i=t-1-e.padInfo.top,c=n-1-e.padInfo.left,l=a?1:2,u=a?2:3,p=a?3:1;this.userCode=`
      const ivec2 pads = ivec2(${i}, ${c});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[${p}];

        ivec2 dyCorner = ivec2(coords[${l}], coords[${u}]) - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        // Convolve dy(?, ?, d2) with w(:, :, d1, d2) to compute dx(xR, xC, d1).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${t}; wR++) {
          float dyR = float(dyRCorner + wR) / ${r}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          int wRPerm = ${t} - 1 - wR;

          for (int wC = 0; wC < ${n}; wC++) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            int wCPerm = ${n} - 1 - wC;

            for (int d2 = 0; d2 < ${e.outChannels}; d2++) {

              if (${a}) {
                float xValue = getDy(batch, idyR, idyC, d2);
                float wValue = getW(wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              } else {
                float xValue = getDy(batch, d2, idyR, idyC);
                float wValue = getW(wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              }

            }
          }
        }
        setOutput(dotProd);
      }
    `}},Li=class{constructor(e){this.variableNames=["x","dy"],this.outputShape=e.filterShape;let t=e.strideDepth,n=e.strideHeight,r=e.strideWidth,s=e.padInfo.front,a=e.padInfo.top,i=e.padInfo.left;this.userCode=`
      void main() {
        ivec5 coords = getOutputCoords();
        int wF = coords.x;
        int wR = coords.y;
        int wC = coords.z;
        int d1 = coords.w;
        int d2 = coords.u;

        float dotProd = 0.0;

        for (int b = 0; b < ${e.batchSize}; b++) {
          for (int yF = 0; yF < ${e.outDepth}; yF++) {
            int xF = wF + yF * ${t} - ${s};

            if (xF < 0 || xF >= ${e.inDepth}) {
              continue;
            }

            for (int yR = 0; yR < ${e.outHeight}; yR++) {
              int xR = wR + yR * ${n} - ${a};

              if (xR < 0 || xR >= ${e.inHeight}) {
                continue;
              }

              for (int yC = 0; yC < ${e.outWidth}; yC++) {
                int xC = wC + yC * ${r} - ${i};

                if (xC < 0 || xC >= ${e.inWidth}) {
                  continue;
                }

                float dyValue = getDy(b, yF, yR, yC, d2);
                float xValue = getX(b, xF, xR, xC, d1);
                dotProd += (xValue * dyValue);
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Mi=class{constructor(e){this.variableNames=["dy","W"],this.outputShape=e.inShape;let t=e.filterDepth,n=e.filterHeight,r=e.filterWidth,s=e.strideDepth,a=e.strideHeight,i=e.strideWidth,c=t-1-e.padInfo.front,l=n-1-e.padInfo.top,u=r-1-e.padInfo.left;this.userCode=`
      const ivec3 pads = ivec3(${c}, ${l}, ${u});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int d1 = coords.u;


        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyFCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        float dotProd = 0.0;
        for (int wF = 0; wF < ${t}; wF++) {
          float dyF = float(dyFCorner + wF) / ${s}.0;

          if (dyF < 0.0 || dyF >= ${e.outDepth}.0 || fract(dyF) > 0.0) {
            continue;
          }
          int idyF = int(dyF);

          int wFPerm = ${t} - 1 - wF;

          for (int wR = 0; wR < ${n}; wR++) {
            float dyR = float(dyRCorner + wR) / ${a}.0;

            if (dyR < 0.0 || dyR >= ${e.outHeight}.0 ||
              fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            int wRPerm = ${n} - 1 - wR;

            for (int wC = 0; wC < ${r}; wC++) {
              float dyC = float(dyCCorner + wC) / ${i}.0;

              if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              int wCPerm = ${r} - 1 - wC;

              for (int d2 = 0; d2 < ${e.outChannels}; d2++) {
                float xValue = getDy(batch, idyF, idyR, idyC, d2);
                float wValue = getW(wFPerm, wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function _R(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,dy:s}=e,{strides:a,pad:i,dataFormat:c,dimRoundingMode:l,filterShape:u}=n,p=w.convertConv2DDataFormat(c),d=w.computeConv2DInfo(r.shape,u,a,1,i,l,!1,p),f=new Pi(d);return t.runWebGLProgram(f,[r,s],"float32")}var tC={kernelName:cr,backendName:"webgl",kernelFunc:_R};var Qi=class{constructor(e){this.variableNames=["dy","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"strides",type:"vec2"}],this.outputShape=e.inShape,this.enableShapeUniforms=ue(this.outputShape.length);let t=e.filterHeight,n=e.filterWidth,r=t-1-e.padInfo.top,s=n-1-e.padInfo.left;this.userCode=`
      const ivec2 pads = ivec2(${r}, ${s});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[3];

        ivec2 dyCorner = ivec2(coords[1], coords[2]) - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        vec4 result = vec4(0.);
        for (int wR = 0; wR < ${t}; wR++) {
          float dyR = float(dyRCorner + wR) / strides[0];
          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);
          int wRPerm = ${t} - 1 - wR;

          for (int wC = 0; wC < ${n}; wC++) {
            int wCPerm = ${n} - 1 - wC;

            float dyC = float(dyCCorner + wC) / strides[1];
            bool idyCVal = (dyC >= 0.0) && (dyC < ${e.outWidth}.0)
              && (fract(dyC) == 0.0);
            int idyC = int(dyC);

            float dyC2 = float(dyCCorner + wC + 1) / strides[1];
            bool idyCVal2 = (dyC2 >= 0.0) && (dyC2 < ${e.outWidth}.0)
              && (fract(dyC2) == 0.0);
            int idyC2 = int(dyC2);

            if (idyCVal && idyCVal2) {
              for (int d2 = 0; d2 < ${e.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC, d2);
                vec4 dySample2 = (idyC / 2 == idyC2 / 2) ?
                  dySample : getDy(batch, idyR, idyC2, d2);

                vec2 dyValue = mod(float(idyC), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.xy += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));

                dyValue = mod(float(idyC2), 2.) == 0. ?
                  dySample2.xy : dySample2.zw;
                result.zw += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            } else if (idyCVal) {
              for (int d2 = 0; d2 < ${e.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC, d2);
                vec2 dyValue = mod(float(idyC), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.xy += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            } else if (idyCVal2) {
              for (int d2 = 0; d2 < ${e.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC2, d2);
                vec2 dyValue = mod(float(idyC2), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.zw += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            }
          }
        }
        setOutput(result);
      }
    `}};function vR(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,filter:s}=e,{inputShape:a,strides:i,pad:c,dataFormat:l,dimRoundingMode:u}=n,p=w.convertConv2DDataFormat(l),d=w.computeConv2DInfo(a,s.shape,i,1,c,u,!1,p);if(R().getBool("WEBGL_PACK_CONV2DTRANSPOSE")&&p==="channelsLast"){let f=[[d.strideHeight,d.strideWidth]],h=new Qi(d);return t.runWebGLProgram(h,[r,s],"float32",f)}else{let f=new Oi(d);return t.runWebGLProgram(f,[r,s],"float32")}}var oC={kernelName:lr,backendName:"webgl",kernelFunc:vR};function $R(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s}=e,{strides:a,pad:i,dilations:c}=n,l=w.computeConv3DInfo(r.shape,s.shape,a,c,i),u=new Ni(l);return t.runWebGLProgram(u,[r,s],"float32")}var nC={kernelName:ur,backendName:"webgl",kernelFunc:$R};function RR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,dy:s}=e,{strides:a,pad:i,filterShape:c}=n,l=w.computeConv3DInfo(r.shape,c,a,1,i),u=new Li(l);return t.runWebGLProgram(u,[r,s],"float32")}var rC={kernelName:pr,backendName:"webgl",kernelFunc:RR};function NR(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,filter:s}=e,{pad:a,strides:i,inputShape:c}=n,l=w.computeConv3DInfo(c,s.shape,i,1,a),u=new Mi(l);return t.runWebGLProgram(u,[r,s],"float32")}var sC={kernelName:dr,backendName:"webgl",kernelFunc:NR};var TR=st+`
  return cos(x);
`,DR=`
  vec4 result = cos(x);
  bvec4 isNaN = isnan(x);
  ${Ke}
  return result;
`,BR=Y({opSnippet:TR,packedOpSnippet:DR}),aC={kernelName:"Cos",backendName:"webgl",kernelFunc:BR};var FR=`
  float e2x = exp(-x);
  return (e2x + 1.0 / e2x) / 2.0;
`,PR=Y({opSnippet:FR}),iC={kernelName:Qo,backendName:"webgl",kernelFunc:PR};var Ui=class{constructor(e,t,n,r,s){this.variableNames=["Image","Boxes","BoxInd"],this.outputShape=[];let[a,i,c,l]=e,[u]=t,[p,d]=n;this.outputShape=[u,p,d,l];let f=r==="bilinear"?1:0,[h,m]=[`${i-1}.0`,`${c-1}.0`],[g,A,x]=p>1?[`${(i-1)/(p-1)}`,"(y2-y1) * height_ratio",`y1*${h} + float(y)*(height_scale)`]:["0.0","0.0",`0.5 * (y1+y2) * ${h}`],[b,y,I]=d>1?[`${(c-1)/(d-1)}`,"(x2-x1) * width_ratio",`x1*${m} + float(x)*(width_scale)`]:["0.0","0.0",`0.5 * (x1+x2) * ${m}`];this.userCode=`
      const float height_ratio = float(${g});
      const float width_ratio = float(${b});
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int y = coords[1];
        int x = coords[2];
        int d = coords[3];

        // get box vals
        float y1 = getBoxes(b,0);
        float x1 = getBoxes(b,1);
        float y2 = getBoxes(b,2);
        float x2 = getBoxes(b,3);

        // get image in batch index
        int bInd = round(getBoxInd(b));
        if(bInd < 0 || bInd >= ${a}) {
          return;
        }

        float height_scale = ${A};
        float width_scale = ${y};

        float in_y = ${x};
        if( in_y < 0.0 || in_y > ${h} ) {
          setOutput(float(${s}));
          return;
        }
        float in_x = ${I};
        if( in_x < 0.0 || in_x > ${m} ) {
          setOutput(float(${s}));
          return;
        }

        vec2 sourceFracIndexCR = vec2(in_x,in_y);
        if(${f} == 1) {
          // Compute the four integer indices.
          ivec2 sourceFloorCR = ivec2(sourceFracIndexCR);
          ivec2 sourceCeilCR = ivec2(ceil(sourceFracIndexCR));

          float topLeft = getImage(b, sourceFloorCR.y, sourceFloorCR.x, d);
          float bottomLeft = getImage(b, sourceCeilCR.y, sourceFloorCR.x, d);
          float topRight = getImage(b, sourceFloorCR.y, sourceCeilCR.x, d);
          float bottomRight = getImage(b, sourceCeilCR.y, sourceCeilCR.x, d);

          vec2 fracCR = sourceFracIndexCR - vec2(sourceFloorCR);

          float top = topLeft + (topRight - topLeft) * fracCR.x;
          float bottom = bottomLeft + (bottomRight - bottomLeft) * fracCR.x;
          float newValue = top + (bottom - top) * fracCR.y;
          setOutput(newValue);
        } else {
          // Compute the coordinators of nearest neighbor point.
          ivec2 sourceNearestCR = ivec2(floor(
            sourceFracIndexCR + vec2(0.5,0.5)));
          float newValue = getImage(b, sourceNearestCR.y, sourceNearestCR.x, d);
          setOutput(newValue);
        }
      }
    `}};var OR=o=>{let{inputs:e,backend:t,attrs:n}=o,{image:r,boxes:s,boxInd:a}=e,{cropSize:i,method:c,extrapolationValue:l}=n,u=new Ui(r.shape,s.shape,i,c,l);return t.runWebGLProgram(u,[r,s,a],"float32")},cC={kernelName:mr,backendName:"webgl",kernelFunc:OR};var bo;(function(o){o.Prod="*",o.Sum="+"})(bo||(bo={}));var ua=class{constructor(e,t,n,r){this.op=e,this.outputShape=t,this.variableNames=["x"],this.customUniforms=[{name:"index",type:"float"}];let s=this.outputShape.length,a=this.op===bo.Prod?"1.0":"0.0",i=n?a:`getX(${lC(s,"coords",this.op)})`,c=this.outputShape[this.outputShape.length-1],l="",u="";n?(l=r?`end != ${c-1}`:"end != 0",u=r?"end + 1":"end - 1"):(l=r?`end + pow2 < ${c}`:"end >= pow2",u=r?"end + pow2":"end - pow2"),this.userCode=`
      void main() {
        ${te(s)} coords = getOutputCoords();
        int end = ${uC(s,"coords",this.op)};
        float val = ${i};
        int pow2 = int(pow(2.0, index));
        if (${l}) {
          int idx = ${u};
          ${uC(s,"coords",this.op)} = idx;
          val ${this.op}= getX(${lC(s,"coords",this.op)});
        }
        setOutput(val);
      }
    `}};function lC(o,e,t){if(o===1)return`${e}`;if(o===2)return`${e}.x, ${e}.y`;if(o===3)return`${e}.x, ${e}.y, ${e}.z`;if(o===4)return`${e}.x, ${e}.y, ${e}.z, ${e}.w`;throw new Error(`Cumulative ${t} for rank ${o} is not yet supported`)}function uC(o,e,t){if(o===1)return`${e}`;if(o===2)return`${e}.y`;if(o===3)return`${e}.z`;if(o===4)return`${e}.w`;throw new Error(`Cumulative ${t} for rank ${o} is not yet supported`)}function Vi(o,e,t,n,r,s){let a=e.shape.length,i=w.getAxesPermutation([n],a),c=e;i!=null&&(c=ge({inputs:{x:e},backend:t,attrs:{perm:i}}));let l=w.getInnerMostAxes(1,a)[0];if(l!==a-1)throw new Error(`WebGL cumprod shader expects an inner-most axis=${e.shape.length-1} but got axis=${n}`);let u=c.shape[l],p=we({inputs:{x:c},backend:t});for(let d=0;d<=Math.ceil(Math.log2(u))-1;d++){let f=new ua(o,c.shape,!1,s),h=[[d]],m=p;p=t.runWebGLProgram(f,[p],p.dtype,h),t.disposeIntermediateTensorInfo(m)}if(r){let d=new ua(o,c.shape,r,s),f=p;p=t.runWebGLProgram(d,[p],p.dtype),t.disposeIntermediateTensorInfo(f)}if(i!=null){let d=w.getUndoAxesPermutation(i),f=ge({inputs:{x:p},backend:t,attrs:{perm:d}});return t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(c),f}return p}function LR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,exclusive:a,reverse:i}=n;return Vi(bo.Prod,r,t,s,a,i)}var pC={kernelName:fr,backendName:"webgl",kernelFunc:LR};function MR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,exclusive:a,reverse:i}=n;return Vi(bo.Sum,r,t,s,a,i)}var dC={kernelName:hr,backendName:"webgl",kernelFunc:MR};function QR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,weights:s}=e,{size:a,binaryOutput:i}=n;if(r.shape.length===1){let c=t.readSync(r.dataId),l=t.readSync(s.dataId),u=ni(c,l,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,u)}else if(r.shape.length===2){let c=t.bufferSync(r),l=t.bufferSync(s),u=Yg(c,l,a,i);return t.makeTensorInfo(u.shape,s.dtype,u.values)}throw new Error(`Error in denseBincount: input must be at most rank 2, but got rank${r.shape.length}.`)}var fC={kernelName:gr,backendName:"webgl",kernelFunc:QR};var zi=class{constructor(e,t,n){this.variableNames=["x"],this.outputShape=[],this.outputShape=e,this.blockSize=t,this.dataFormat=n,this.userCode=`
    void main() {
      ivec4 coords = getOutputCoords();
      int b = coords[0];
      int h = ${this.getHeightCoordString()};
      int w = ${this.getWidthCoordString()};
      int d = ${this.getDepthCoordString()};

      int in_h = h / ${t};
      int offset_h = imod(h, ${t});
      int in_w = w / ${t};
      int offset_w = imod(w, ${t});
      int offset_d = (offset_h * ${t} + offset_w) *
        ${this.getOutputDepthSize()};
      int in_d = d + offset_d;

      float result = ${this.getInputSamplingString()};
      setOutput(result);
    }
  `}getHeightCoordString(){return this.dataFormat==="NHWC"?"coords[1]":"coords[2]"}getWidthCoordString(){return this.dataFormat==="NHWC"?"coords[2]":"coords[3]"}getDepthCoordString(){return this.dataFormat==="NHWC"?"coords[3]":"coords[1]"}getOutputDepthSize(){return this.dataFormat==="NHWC"?this.outputShape[3]:this.outputShape[1]}getInputSamplingString(){return this.dataFormat==="NHWC"?"getX(b, in_h, in_w, in_d)":"getX(b, in_d, in_h, in_w)"}};function UR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{blockSize:s,dataFormat:a}=n,i=r.shape[0],c=a==="NHWC"?r.shape[1]:r.shape[2],l=a==="NHWC"?r.shape[2]:r.shape[3],u=a==="NHWC"?r.shape[3]:r.shape[1],p=c*s,d=l*s,f=u/(s*s),h=a==="NHWC"?[i,p,d,f]:[i,f,p,d],m=new zi(h,s,a);return t.runWebGLProgram(m,[r],r.dtype)}var hC={kernelName:Ar,backendName:"webgl",kernelFunc:UR};var Dn=class{constructor(e,t=!1,n=null,r=!1,s=!1){this.variableNames=["x","W"],this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=e.outShape,this.enableShapeUniforms=ue(this.outputShape.length);let a=e.filterHeight,i=e.filterWidth,c=e.outChannels/e.inChannels,l="",u="";n&&(r?l=`float activation(float a) {
          float b = getPreluActivationWeightsAtOutCoords();
          ${n}
        }`:s?l=`float activation(float a) {
          float b = getLeakyreluAlphaAtOutCoords();
          ${n}
        }`:l=`
          float activation(float x) {
            ${n}
          }
        `,u="result = activation(result);");let p=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),r&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${l}

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        ivec2 xRCCorner = coords.yz * strides - pads;
        int d2 = coords.w;
        int d1 = d2 / ${c};
        int q = d2 - d1 * ${c};

        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // Convolve x(?, ?, d1) with w(:, :, d1, q) to get y(yR, yC, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        // TO DO(dsmilkov): Flatten the two for loops and vec4 the operations.
        for (int wR = 0; wR < ${a}; wR++) {
          int xR = xRCorner + wR * dilations[0];

          if (xR < 0 || xR >= inDims[0]) {
            continue;
          }

          for (int wC = 0; wC < ${i}; wC++) {
            int xC = xCCorner + wC * dilations[1];

            if (xC < 0 || xC >= inDims[1]) {
              continue;
            }

            float xVal = getX(batch, xR, xC, d1);
            float wVal = getW(wR, wC, d1, q);
            dotProd += xVal * wVal;
          }
        }

        float result = dotProd;
        ${p}
        ${u}
        setOutput(result);
      }
    `}};var Bn=class{constructor(e,t=!1,n=null,r=!1,s=!1){this.variableNames=["x","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=e.outShape,this.enableShapeUniforms=ue(this.outputShape.length);let a=e.outChannels/e.inChannels,i=e.padInfo.left,c=e.strideWidth,l=e.dilationWidth,u=e.filterHeight,p=e.filterWidth,d=p,f=`
      int xR; int xC; int xCOffset;
      vec4 wTexel; vec4 previous; vec4 final;`;for(let A=0;A<p;A++)f+=`
          vec4 xTexelC${A*2};
          int xTexelC${A*2}Ready;
          vec4 xTexelC${A*2+1};
          int xTexelC${A*2+1}Ready;
          vec4 xC${A};`;f+=`
    for (int r = 0; r < ${u}; r++) {
      `;for(let A=0;A<p;A++)f+=`
          xTexelC${A*2} = vec4(0.0);
          xTexelC${A*2}Ready = 0;
          xTexelC${A*2+1} = vec4(0.0);
          xTexelC${A*2+1}Ready = 0;
          xC${A} = vec4(0.0);`;f+=`
        xR = xRCorner + r * dilations[0];
        if (xR >=0 && xR < inDims[0]) {
      `;for(let A=0;A<(d+1)/2;A++){let x=A*2;if(f+=`
          xC = xCCorner + ${x*l};
          `,c===1){if(x<p&&(i%2===1?(f+=`
                xCOffset = xC + 1;
                if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x}Ready == 0) {
                  xTexelC${x} = getX(batch, xR, xCOffset, d1);

                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${x}.zw = vec2(0.0);
                  }
                  xTexelC${x}Ready = 1;
                }
              `,l===1&&x>0?f+=`
                xC${x} = vec4(xTexelC${x-2}.zw, xTexelC${x}.xy);
                `:f+=`
                  xCOffset = xC + 1 - 2;

                  if (xCOffset >= 0 && xCOffset < inDims[1]) {
                    previous = getX(batch, xR, xCOffset, d1);

                    // Need to manually clear unused channels in case
                    // we're reading from recycled texture.
                    if (xCOffset + 1 >= inDims[1]) {
                      previous.zw = vec2(0.0);
                    }

                    xC${x} = vec4(previous.zw, xTexelC${x}.xy);
                  } else {
                    xC${x} = vec4(0.0, 0.0, xTexelC${x}.xy);
                  }
                  `):f+=`
                if (xC >= 0 && xC < inDims[1] && xTexelC${x}Ready == 0) {
                  xTexelC${x} = getX(batch, xR, xC, d1);
                  if (xC + 1 >= inDims[1]) {
                    xTexelC${x}.zw = vec2(0.0);
                  }
                  xTexelC${x}Ready = 1;
                }

                xC${x} = xTexelC${x};
                `,x+1<p)){let b=i%2===0?C.nearestLargerEven(l):l;l%2===0&&i%2===1||l%2!==0&&i%2!==1?(f+=`
                  xCOffset = xC + imod(pads[1], 2) + ${b};

                  if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                    xTexelC${x+1} = getX(batch, xR, xCOffset, d1);

                    // Need to manually clear unused channels in case
                    // we're reading from recycled texture.
                    if (xCOffset + 1 >= inDims[1]) {
                      xTexelC${x+1}.zw = vec2(0.0);
                    }
                    xTexelC${x+1}Ready = 1;
                  }
                  `,l>1?f+=`
                    xCOffset -= 2;
                    if (xCOffset >= 0 && xCOffset < inDims[1]) {
                     previous = getX(batch, xR, xCOffset, d1);
                     xC${x+1} = vec4(previous.zw, xTexelC${x+1}.xy);
                    } else {
                     xC${x+1} = vec4(0.0, 0.0, xTexelC${x+1}.xy);
                    }
                    `:f+=`
                    xC${x+1} = vec4(xTexelC${x}.zw, xTexelC${x+1}.xy);
                    `):b===1?f+=`
                    xC${x+1} = xTexelC${x};
                    `:f+=`
                    xCOffset = xC + ${b};

                    if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                      xTexelC${x+1} = getX(batch, xR, xCOffset, d1);
                      if (xCOffset + 1 >= inDims[1]) {
                        xTexelC${x+1}.zw = vec2(0.0);
                      }
                      xTexelC${x+1}Ready = 1;
                    }

                    xC${x+1} = xTexelC${x+1};
                    `}}else x<p&&(i%2===1?(f+=`
                xCOffset = xC + 1 - strides[1];
                if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x}Ready == 0) {
                  xTexelC${x} = getX(batch, xR, xCOffset, d1);
                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${x}.zw = vec2(0.0);
                  }
                  xTexelC${x}Ready = 1;
                }

                if(xC + 1 >= 0 && xC + 1 < inDims[1] && xTexelC${x+1}Ready == 0) {
                  xTexelC${x+1} = getX(batch, xR, xC + 1, d1);
                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xC + 2 >= inDims[1]) {
                    xTexelC${x+1}.zw = vec2(0.0);
                  }
                  xTexelC${x+1}Ready = 1;
                }

                xC${x} = vec4(xTexelC${x}.zw, xTexelC${x+1}.zw);
              `,x+1<p&&(f+=`
                  final = vec4(0.0);
                  xCOffset = xC + 1 + strides[1];
                  if(xCOffset >= 0 && xCOffset < inDims[1]) {
                    final = getX(batch, xR, xCOffset, d1);
                  }
                  xC${x+1} = vec4(xTexelC${x+1}.xy, final.xy);
                `)):(f+=`
                if(xC >= 0 && xC < inDims[1] && xTexelC${x}Ready == 0) {
                  xTexelC${x} = getX(batch, xR, xC, d1);
                  if (xC + 1 >= inDims[1]) {
                    xTexelC${x}.zw = vec2(0.0);
                  }
                  xTexelC${x}Ready = 1;
                }

                xCOffset = xC + strides[1];
                if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                  xTexelC${x+1} = getX(batch, xR, xCOffset, d1);
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${x+1}.zw = vec2(0.);
                  }
                  xTexelC${x+1}Ready = 1;
                }

                xC${x} = vec4(
                  xTexelC${x}.xy, xTexelC${x+1}.xy);
              `,x+1<p&&(f+=`
                  xC${x+1} = vec4(xTexelC${x}.zw, xTexelC${x+1}.zw);
                `)));x<p&&(f+=`
            wTexel = getW(r, ${x}, d1, q);
            dotProd += xC${x} * vec4(wTexel.xz, wTexel.xz);
          `,x+1<p&&(f+=`
              wTexel = getW(r, ${x+1}, d1, q);
              dotProd += xC${x+1} * vec4(wTexel.xz, wTexel.xz);
            `))}f+=`
    }
  `,f+=`
      }
    `;let h="",m="";n&&(r?h=`vec4 activation(vec4 a) {
          vec4 b = getPreluActivationWeightsAtOutCoords();
          ${n}
        }`:s?h=`vec4 activation(vec4 a) {
          vec4 b = getLeakyreluAlphaAtOutCoords();
          ${n}
        }`:h=`vec4 activation(vec4 x) {
          ${n}
        }`,m="result = activation(result);");let g=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),r&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${h}

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        ivec2 xRCCorner = coords.yz * strides - pads;
        int d2 = coords.w;
        int d1 = d2 / ${a};
        int q = d2 - d1 * ${a};
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        //intialize dotProd with a small epsilon seems to reduce GPU accuracy loss.
        vec4 dotProd = vec4(0.000000000000001);

        ${f}

        vec4 result = dotProd - vec4(0.000000000000001);
        ${g}
        ${m}
        setOutput(result);
      }
    `}};function VR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s}=e,{strides:a,pad:i,dilations:c,dimRoundingMode:l}=n,u=c;u==null&&(u=[1,1]),C.assert(w.eitherStridesOrDilationsAreOne(a,u),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${a} and dilations '${u}'`);let p=w.computeConv2DInfo(r.shape,s.shape,a,u,i,l,!0),d;R().getBool("WEBGL_PACK_DEPTHWISECONV")&&p.strideWidth<=2&&p.outChannels/p.inChannels===1?d=new Bn(p):d=new Dn(p);let f=[[p.padInfo.top,p.padInfo.left],[p.strideHeight,p.strideWidth],[p.dilationHeight,p.dilationWidth],[p.inHeight,p.inWidth]];return t.runWebGLProgram(d,[r,s],"float32",f)}var mC={kernelName:xr,backendName:"webgl",kernelFunc:VR};var Wi=class{constructor(e){this.variableNames=["x","dy"],this.outputShape=e.filterShape;let t=e.strideHeight,n=e.strideWidth,r=e.padInfo.top,s=e.padInfo.left,a=e.outChannels/e.inChannels;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int wR = coords.x;
        int wC = coords.y;
        int d1 = coords.z;
        int dm = coords.w;
        int d2 = d1 * ${a} + dm;

        float dotProd = 0.0;

        // TO DO: Vec4 over the batch size
        for (int b = 0; b < ${e.batchSize}; b++) {
          for (int yR = 0; yR < ${e.outHeight}; yR++) {
            int xR = wR + yR * ${t} - ${r};

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int yC = 0; yC < ${e.outWidth}; yC++) {
              int xC = wC + yC * ${n} - ${s};

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              float dyValue = getDy(b, yR, yC, d2);
              float xValue = getX(b, xR, xC, d1);
              dotProd += (xValue * dyValue);
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Gi=class{constructor(e){this.variableNames=["dy","W"],this.outputShape=e.inShape;let t=e.filterHeight,n=e.filterWidth,r=e.strideHeight,s=e.strideWidth,a=t-1-e.padInfo.top,i=n-1-e.padInfo.left,c=e.outChannels/e.inChannels;this.userCode=`
      const ivec2 pads = ivec2(${a}, ${i});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[3];
        ivec2 dyCorner = coords.yz - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        float dotProd = 0.0;

        for (int wR = 0; wR < ${t}; wR++) {
          float dyR = float(dyRCorner + wR) / ${r}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          int wRPerm = ${t} - 1 - wR;

          for (int wC = 0; wC < ${n}; wC++) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            int wCPerm = ${n} - 1 - wC;

            // TO DO: Vec4 over the channelMul
            for (int dm = 0; dm < ${c}; dm++) {
              int d2 = d1 * ${c} + dm;
              float xValue = getDy(batch, idyR, idyC, d2);
              float wValue = getW(wRPerm, wCPerm, d1, dm);
              dotProd += xValue * wValue;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function zR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,dy:s}=e,{strides:a,dilations:i,pad:c,dimRoundingMode:l,filterShape:u}=n,p=w.computeConv2DInfo(r.shape,u,a,i,c,l,!0),d=new Wi(p);return t.runWebGLProgram(d,[r,s],"float32")}var gC={kernelName:Cr,backendName:"webgl",kernelFunc:zR};function WR(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,filter:s}=e,{strides:a,dilations:i,pad:c,dimRoundingMode:l,inputShape:u}=n,p=w.computeConv2DInfo(u,s.shape,a,i,c,l,!0),d=new Gi(p);return t.runWebGLProgram(d,[r,s],"float32")}var AC={kernelName:br,backendName:"webgl",kernelFunc:WR};var Hi=class{constructor(e){this.variableNames=["X"],this.outputShape=[e,e],this.userCode=`
      void main() {
          ivec2 coords = getOutputCoords();
          float val = coords[0] == coords[1] ? getX(coords[0]) : 0.0;
          setOutput(val);
      }
    `}};function GR(o){let{inputs:e,backend:t}=o,{x:n}=e,r=[...n.shape,...n.shape],s=C.sizeFromShape(n.shape),a=U({inputs:{x:n},backend:t,attrs:{shape:[s]}}),i=new Hi(s),c=t.runWebGLProgram(i,[a],a.dtype),l=U({inputs:{x:c},backend:t,attrs:{shape:r}});return t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(c),l}var xC={kernelName:yr,backendName:"webgl",kernelFunc:GR};var qi=class{constructor(e){this.variableNames=["x","W"],this.outputShape=e.outShape;let{inHeight:t,inWidth:n,padInfo:r,strideHeight:s,strideWidth:a,filterHeight:i,filterWidth:c,dilationHeight:l,dilationWidth:u}=e,{top:p,left:d}=r;this.userCode=`
      const ivec2 strides = ivec2(${s}, ${a});
      const ivec2 pads = ivec2(${p}, ${d});
      const float neg_infinity = -3.4e38;

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        int d1 = coords.w;
        ivec2 outTopLeftCorner =
            coords.yz * strides - pads;
        int hBeg = outTopLeftCorner.x;
        int wBeg = outTopLeftCorner.y;

        float curVal = neg_infinity;
        for (int h = 0; h < ${i}; h++) {
          int hIn = hBeg + h * ${l};

          if (hIn >= 0 && hIn < ${t}) {
            for (int w = 0; w < ${c}; w++) {
              int wIn = wBeg + w * ${u};

              if (wIn >= 0 && wIn < ${n}) {
                float xVal = getX(batch, hIn, wIn, d1);
                float wVal = getW(h, w, d1);

                float val = xVal + wVal;
                if (val > curVal) {
                  curVal = val;
                }
              }
            }
          }
        }

        float result = curVal;
        setOutput(result);
      }
    `}};function HR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s}=e,{strides:a,pad:i,dilations:c}=n,l=w.computeDilation2DInfo(r.shape,s.shape,a,i,"NHWC",c),u,p=new qi(l);u=t.runWebGLProgram(p,[r,s],"float32");let d=U({inputs:{x:u},backend:t,attrs:{shape:l.outShape}});return t.disposeIntermediateTensorInfo(u),d}var CC={kernelName:wr,backendName:"webgl",kernelFunc:HR};function qR(o){let{inputs:e,backend:t,attrs:n}=o,{equation:r}=n,s=e,{allDims:a,summedDims:i,idDims:c}=w.decodeEinsumEquation(r,s.length);w.checkEinsumDimSizes(a.length,c,s);let{path:l,steps:u}=w.getEinsumComputePath(i,c),p=u.length,d=null,f=a.length,h=[];for(let m=0;m<p;++m){for(let g of u[m]){let{permutationIndices:A,expandDims:x}=w.getEinsumPermutation(f,c[g]),b;w.isIdentityPermutation(A)?b=s[g]:(b=ge({inputs:{x:s[g]},backend:t,attrs:{perm:A}}),h.push(b));let y=b.shape.slice();for(let I=0;I<x.length;++I)y.splice(x[I],0,1);C.arraysEqual(b.shape,y)||(b=U({inputs:{x:b},backend:t,attrs:{shape:y}}),h.push(b)),d===null?d=b:(d=ca({inputs:{a:b,b:d},backend:t}),h.push(d))}m<p-1&&(l[m]>=0&&(d=Ao({inputs:{x:d},backend:t,attrs:{axis:l[m]-(a.length-f),keepDims:!1}}),h.push(d)),f--)}for(let m of h)m!==d&&t.disposeIntermediateTensorInfo(m);return d}var bC={kernelName:Ir,backendName:"webgl",kernelFunc:qR};var KR="return (x >= 0.0) ? x : (exp(x) - 1.0);",XR=`
  vec4 result;

  result.r = (x.r >= 0.0) ? x.r : (exp(x.r) - 1.0);
  result.g = (x.g >= 0.0) ? x.g : (exp(x.g) - 1.0);
  result.b = (x.b >= 0.0) ? x.b : (exp(x.b) - 1.0);
  result.a = (x.a >= 0.0) ? x.a : (exp(x.a) - 1.0);

  return result;
`,jR=Y({opSnippet:KR,packedOpSnippet:XR}),yC={kernelName:"Elu",backendName:"webgl",kernelFunc:jR};var YR="return (b >= 0.0) ? a : a * (b + 1.0);",JR=`
  vec4 bGTEZero = vec4(greaterThanEqual(b, vec4(0.)));
  return (bGTEZero * a) + ((vec4(1.0) - bGTEZero) * (a * (b + vec4(1.0))));
`,ZR=o=>{let{inputs:e,backend:t}=o,{dy:n,y:r}=e,s=R().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new qe(JR,n.shape,r.shape):new Qe(YR,n.shape,r.shape);return t.runWebGLProgram(s,[n,r],n.dtype)},wC={kernelName:kr,backendName:"webgl",kernelFunc:ZR};var eN=`
  return vec4(equal(a, b));
`,tN="return float(a == b);",oN=ie({opSnippet:tN,packedOpSnippet:eN,dtype:"bool",cpuKernelImpl:oA}),IC={kernelName:_l,backendName:"webgl",kernelFunc:oN};var nN=`
  // Error function is calculated approximately with elementary function.
  // See "Handbook of Mathematical Functions with Formulas,
  // Graphs, and Mathematical Tables", Abramowitz and Stegun.
  float p = ${w.ERF_P};
  float a1 = ${w.ERF_A1};
  float a2 = ${w.ERF_A2};
  float a3 = ${w.ERF_A3};
  float a4 = ${w.ERF_A4};
  float a5 = ${w.ERF_A5};

  float sign = sign(x);
  x = abs(x);
  float t = 1.0 / (1.0 + p * x);
  return sign * (1.0 - (((((a5*t + a4)*t) + a3)*t + a2)*t + a1)*t*exp(-x*x));
`,rN=Y({opSnippet:nN}),kC={kernelName:"Erf",backendName:"webgl",kernelFunc:rN};var sN=st+`
  return exp(x);
`,aN=`
  vec4 result = exp(x);
  bvec4 isNaN = isnan(x);
  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,op=Y({opSnippet:sN,packedOpSnippet:aN,cpuKernelImpl:nA,dtype:"float32"}),SC={kernelName:"Exp",backendName:"webgl",kernelFunc:op};function Ki(o){let{inputs:e,attrs:t,backend:n}=o,{dim:r}=t,{input:s}=e,a=s.shape.length,i=s.shape.slice(),c=r;return r<0&&(C.assert(-(a+1)<=r,()=>`Axis must be in the interval [${-(a+1)}, ${a}]`),c=a+r+1),i.splice(c,0,1),U({inputs:{x:s},backend:n,attrs:{shape:i}})}var EC={kernelName:Sr,backendName:"webgl",kernelFunc:Ki};var _C="return exp(x) - 1.0;",iN=Y({opSnippet:_C,packedOpSnippet:_C,cpuKernelImpl:rA}),vC={kernelName:$l,backendName:"webgl",kernelFunc:iN};var pa=class{constructor(e,t,n){this.variableNames=["real","imag"];let r=t[1];this.outputShape=t;let s=n?`2.0 * ${Math.PI}`:`-2.0 * ${Math.PI}`,a=n?`${r}.0`:"1.0",i;if(e==="real")i="return real * expR - imag * expI;";else if(e==="imag")i="return real * expI + imag * expR;";else throw new Error(`FFT component must be either "real" or "imag", got ${e}.`);this.userCode=`
      const float exponentMultiplier = ${s};

      float unaryOpComplex(float real, float expR, float imag, float expI) {
        ${i}
      }

      float mulMatDFT(int batch, int index) {
        float indexRatio = float(index) / float(${r});
        float exponentMultiplierTimesIndexRatio =
            exponentMultiplier * indexRatio;

        float result = 0.0;

        for (int i = 0; i < ${r}; i++) {
          // x = (-2|2 * PI / N) * index * i;
          float x = exponentMultiplierTimesIndexRatio * float(i);
          float expR = cos(x);
          float expI = sin(x);
          float real = getReal(batch, i);
          float imag = getImag(batch, i);

          result +=
              unaryOpComplex(real, expR, imag, expI) / ${a};
        }

        return result;
      }

      void main() {
        ivec2 coords = getOutputCoords();
        setOutput(mulMatDFT(coords[0], coords[1]));
      }
    `}};function Xi(o,e,t){let n=t.texData.get(o.dataId),r=C.sizeFromShape(o.shape),s=o.shape[o.shape.length-1],a=r/s,i=U({inputs:{x:o},backend:t,attrs:{shape:[a,s]}}),c=i.shape,l=new pa("real",c,e),u=new pa("imag",c,e),p=[{dataId:n.complexTensorInfos.real.dataId,dtype:n.complexTensorInfos.real.dtype,shape:c},{dataId:n.complexTensorInfos.imag.dataId,dtype:n.complexTensorInfos.imag.dtype,shape:c}],d=t.runWebGLProgram(l,p,"float32"),f=t.runWebGLProgram(u,p,"float32"),h=Ue({inputs:{real:d,imag:f},backend:t});t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(f);let m=U({inputs:{x:h},backend:t,attrs:{shape:o.shape}});return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(h),m}function cN(o){let{inputs:e,backend:t}=o,{input:n}=e;return Xi(n,!1,t)}var $C={kernelName:"FFT",backendName:"webgl",kernelFunc:cN};var ji=class{constructor(e,t){this.outputShape=[],this.customUniforms=[{name:"value",type:"float"}],this.variableNames=["x"],this.outputShape=e,this.userCode=`
      void main() {
        // Input can be obtained from uniform value.
        setOutput(value);
      }
    `}};function Ft(o){let{backend:e,attrs:t}=o,{shape:n,value:r}=t,{dtype:s}=t;if(s=s||C.inferDtype(r),s==="string"){let a=C.getArrayFromDType(s,C.sizeFromShape(n));return a.fill(r),e.makeTensorInfo(n,s,a)}else{let a=new ji(n,r),i=[[r]];return e.runWebGLProgram(a,[],s,i)}}var RC={kernelName:_r,backendName:"webgl",kernelFunc:Ft};var Yi=class{constructor(e){this.variableNames=["Image"],this.outputShape=[];let t=e[2];this.outputShape=e,this.userCode=`
        void main() {
          ivec4 coords = getOutputCoords();
          int x = coords[2];

          int coordX = ${t} - x - 1;
          float outputValue;
          if(coordX >= 0 && coordX < ${t}) {
            outputValue = getImage(coords[0], coords[1], coordX, coords[3]);
          } else {
            outputValue = getImage(coords[0], coords[1], coords[2], coords[3]);
          }
          setOutput(outputValue);
        }
    `}};var NC={kernelName:vr,backendName:"webgl",kernelFunc:({inputs:o,backend:e})=>{let{image:t}=o,n=e,r=new Yi(t.shape);return n.runWebGLProgram(r,[t],t.dtype)}};var TC="return floor(x);",lN=Y({opSnippet:TC,packedOpSnippet:TC,cpuKernelImpl:sA}),DC={kernelName:Rl,backendName:"webgl",kernelFunc:lN};var uN=`
  float s = sign(a) * sign(b);
  int ia = round(a);
  int ib = round(b);
  if (ib != 0) {
    // Windows (D3D) wants guaranteed non-zero int division at compile-time.
    return float(idiv(ia, ib, s));
  } else {
    return NAN;
  }
`,pN=`
  ivec4 ia = round(a);
  ivec4 ib = round(b);
  bvec4 cond = notEqual(ib, ivec4(0));
  ivec4 result = ivec4(0);
  vec4 s = sign(a) * sign(b);

  // Windows (D3D) wants guaranteed non-zero int division at compile-time.
  if (cond[0]) {
    result[0] = idiv(ia[0], ib[0], s[0]);
  }
  if (cond[1]) {
    result[1] = idiv(ia[1], ib[1], s[1]);
  }
  if (cond[2]) {
    result[2] = idiv(ia[2], ib[2], s[2]);
  }
  if (cond[3]) {
    result[3] = idiv(ia[3], ib[3], s[3]);
  }
  return vec4(result);
`,dN=ie({opSnippet:uN,packedOpSnippet:pN,dtype:"int32"}),BC={kernelName:Nl,backendName:"webgl",kernelFunc:dN};var Ji=class{constructor(e){this.variableNames=["A"];let t=Ce(),[n,r]=e;this.outputShape=e,this.userCode=`
      void main() {
        ivec3 coords = getOutputCoords();
        int texR = coords[0];
        int texC = coords[1];
        int depth = coords[2];
        vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${r}.0, ${n}.0);

        vec4 values = ${t.texture2D}(A, uv);
        float value;
        if (depth == 0) {
          value = values.r;
        } else if (depth == 1) {
          value = values.g;
        } else if (depth == 2) {
          value = values.b;
        } else if (depth == 3) {
          value = values.a;
        }

        setOutput(floor(value * 255.0 + 0.5));
      }
    `}};var Zi=class{constructor(e){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0;let t=Ce(),[n,r]=e;this.outputShape=e,this.userCode=`
      void main() {
        ivec3 coords = getOutputCoords();
        int texR = coords[0];
        int texC = coords[1];
        int depth = coords[2];

        vec4 result = vec4(0.);

        for(int row=0; row<=1; row++) {
          for(int col=0; col<=1; col++) {
            texC = coords[1] + row;
            depth = coords[2] + col;

            vec2 uv = (vec2(texC, texR) + halfCR) /
                       vec2(${r}.0, ${n}.0);
            vec4 values = ${t.texture2D}(A, uv);
            float value;
            if (depth == 0) {
              value = values.r;
            } else if (depth == 1) {
              value = values.g;
            } else if (depth == 2) {
              value = values.b;
            } else if (depth == 3) {
              value = values.a;
            }

            result[row * 2 + col] = floor(value * 255.0 + 0.5);
          }
        }

        ${t.output} = result;
      }
    `}};var FC={kernelName:Zl,backendName:"webgl",kernelFunc:fN},Fn,np=R().getBool("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU");function fN(o){let{inputs:e,backend:t,attrs:n}=o,{pixels:r}=e,{numChannels:s}=n,a=typeof HTMLVideoElement<"u"&&r instanceof HTMLVideoElement,i=typeof HTMLImageElement<"u"&&r instanceof HTMLImageElement,[c,l]=a?[r.videoWidth,r.videoHeight]:[r.width,r.height],u=[l,c],p=[l,c,s];if(i||a){let m=R().getBool("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU");(Fn==null||m!==np)&&(np=m,Fn=document.createElement("canvas").getContext("2d",{willReadFrequently:np})),Fn.canvas.width=c,Fn.canvas.height=l,Fn.drawImage(r,0,0,c,l),r=Fn.canvas}let d=t.makeTensorInfo(u,"int32");t.texData.get(d.dataId).usage=Te.PIXELS,t.gpgpu.uploadPixelDataToTexture(t.getTexture(d.dataId),r);let f=R().getBool("WEBGL_PACK")?new Zi(p):new Ji(p),h=t.runWebGLProgram(f,[d],"int32");return t.disposeData(d.dataId),h}function hN(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s,bias:a,preluActivationWeights:i}=e,{strides:c,pad:l,dataFormat:u,dilations:p,dimRoundingMode:d,activation:f,leakyreluAlpha:h}=n,m=w.convertConv2DDataFormat(u),g=w.computeConv2DInfo(r.shape,s.shape,c,p,l,d,!1,m),A,x=[],b=a!=null,y=i!=null,I=f==="leakyrelu",k=()=>{let E=[r,s],_=(v,B)=>{if(B==="NCHW"&&v.shape.length===1&&v.shape[0]!==1){let N=U({inputs:{x:v},backend:t,attrs:{shape:[v.shape[0],1,1]}});return x.push(N),N}return v};if(b&&E.push(_(a,u)),y&&E.push(_(i,u)),I){let v=t.makeTensorInfo([],"float32",C.createScalarValue(h,"float32"));E.push(v),x.push(v)}return E};if(g.filterHeight===1&&g.filterWidth===1&&g.dilationHeight===1&&g.dilationWidth===1&&g.strideHeight===1&&g.strideWidth===1&&(g.padInfo.type==="SAME"||g.padInfo.type==="VALID"))A=Bi({x:r,filter:s,convInfo:g,backend:t,bias:a,activation:f,preluActivationWeights:i,leakyreluAlpha:h});else if(g.strideWidth<=2&&m==="channelsLast"&&R().getBool("WEBGL_EXP_CONV")){let E=f?Dt(f,!0):null,_=new Tn(g,b,E,y,I),v=[[g.padInfo.top,g.padInfo.left],[g.strideHeight,g.strideWidth],[g.dilationHeight,g.dilationWidth],[g.inHeight,g.inWidth]],B=k();A=t.runWebGLProgram(_,B,"float32",v)}else if(R().getBool("WEBGL_CONV_IM2COL"))A=Fi({x:r,filter:s,convInfo:g,backend:t,bias:a,activation:f,preluActivationWeights:i,leakyreluAlpha:h});else{let E=f?Dt(f,!1):null,_=new Nn(g,b,E,y,I),v=k();A=t.runWebGLProgram(_,v,"float32")}let S=U({inputs:{x:A},backend:t,attrs:{shape:g.outShape}});return x.push(A),x.forEach(E=>t.disposeIntermediateTensorInfo(E)),S}var PC={kernelName:Ms,backendName:"webgl",kernelFunc:hN};function mN(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s,bias:a,preluActivationWeights:i}=e,{strides:c,pad:l,dilations:u,dimRoundingMode:p,activation:d,leakyreluAlpha:f}=n,h=[],m=u;m==null&&(m=[1,1]),C.assert(w.eitherStridesOrDilationsAreOne(c,m),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${c} and dilations '${m}'`);let g=w.computeConv2DInfo(r.shape,s.shape,c,m,l,p,!0),A=R().getBool("WEBGL_PACK_DEPTHWISECONV")&&g.strideWidth<=2&&g.outChannels/g.inChannels===1,x=d?Dt(d,A):null,b=[r,s],y=a!=null,I=i!=null,k=d==="leakyrelu";if(y&&b.push(a),I&&b.push(i),k){let v=t.makeTensorInfo([],"float32",C.createScalarValue(f,"float32"));b.push(v),h.push(v)}let S;A?S=new Bn(g,y,x,I,k):S=new Dn(g,y,x,I,k);let E=[[g.padInfo.top,g.padInfo.left],[g.strideHeight,g.strideWidth],[g.dilationHeight,g.dilationWidth],[g.inHeight,g.inWidth]],_=t.runWebGLProgram(S,b,"float32",E);return h.forEach(v=>t.disposeIntermediateTensorInfo(v)),_}var OC={kernelName:Qs,backendName:"webgl",kernelFunc:mN};var ec=class{constructor(e,t,n,r){this.sliceDim=e,this.strides=t,this.paramsShape=r,this.variableNames=["x","indices"],this.outputShape=n;let s=te(n.length),a=`
    int index;`;for(let i=0;i<this.sliceDim;i++)a+=`
          index = round(getIndices(coords[0], ${i}));
          out_of_bounds = out_of_bounds || index < 0;
          out_of_bounds = out_of_bounds || index >= ${this.paramsShape[i]};
          flattenIndex += index * ${this.strides[i]};`;this.userCode=`
         void main() {
          ${s} coords = getOutputCoords();
          int flattenIndex = 0;
          bool out_of_bounds = false;

          ${a}

          setOutput(out_of_bounds ? 0.0 : getX(flattenIndex, coords[1]));
        }
      `}};function gN(o){let{inputs:e,backend:t}=o,{params:n,indices:r}=e,s=r.shape,a=s[s.length-1],i=C.sizeFromShape(n.shape),[c,l,u,p]=w.prepareAndValidate(n,r),d=U({inputs:{x:r},backend:t,attrs:{shape:[l,a]}}),f=U({inputs:{x:n},backend:t,attrs:{shape:[C.sizeFromShape(n.shape)/u,u]}});if(t.shouldExecuteOnCPU([n,r])||n.dtype==="string"){let A=t.readSync(r.dataId),x=t.bufferSync(n),b=aA(A,x,n.dtype,l,a,u,p,n.shape,i);return t.makeTensorInfo(c,n.dtype,b.values)}let h=new ec(a,p,[l,u],n.shape),m=t.runWebGLProgram(h,[f,d],f.dtype),g=U({inputs:{x:m},backend:t,attrs:{shape:c}});return t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(m),g}var LC={kernelName:Nr,backendName:"webgl",kernelFunc:gN};var tc=class{constructor(e,t){this.variableNames=["A","indices"],this.outputShape=t,this.rank=t.length;let n=te(this.rank),r=AN(e,2);this.userCode=`
      void main() {
        ${n} resRC = getOutputCoords();
        int index = int(getIndices(resRC.x, resRC.z));
        float inBounds = (index >= 0) && (index < ${e[2]}) ? 1.0 : 0.0;
        setOutput(inBounds * getA(${r}));
      }
    `}};function AN(o,e){let t=["resRC.x","resRC.y","resRC.z","resRC.w"],n=[];for(let r=0;r<o.length;r++)r===2?n.push("index"):n.push(`${t[r]}`);return n.join()}function rp(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,indices:s}=e,{axis:a,batchDims:i}=n,c=C.parseAxisParam(a,r.shape)[0];if(R().get("DEBUG")){let x=t.readSync(s.dataId),b=r.shape[c];for(let y=0;y<x.length;++y){let I=x[y];C.assert(I<=b-1&&I>=0,()=>`GatherV2: the index value ${I} is not in [0, ${b-1}]`)}}let l=w.segment_util.collectGatherOpShapeInfo(r,s,c,i),u=C.sizeFromShape(s.shape),p=[],d=U({inputs:{x:r},backend:t,attrs:{shape:[l.batchSize,l.outerSize,l.dimSize,l.sliceSize]}}),f=U({inputs:{x:s},backend:t,attrs:{shape:[l.batchSize,u/l.batchSize]}});p.push(d),p.push(f);let h=[l.batchSize,l.outerSize,u/l.batchSize,l.sliceSize];if(t.shouldExecuteOnCPU([r,s])||r.dtype==="string"){let x=t.bufferSync(f),b=t.bufferSync(d),y=iA(b,x,h);return p.forEach(I=>t.disposeIntermediateTensorInfo(I)),t.makeTensorInfo(l.outputShape,y.dtype,y.values)}let m=new tc(d.shape,h),g=t.runWebGLProgram(m,[d,f],d.dtype);p.push(g);let A=U({inputs:{x:g},backend:t,attrs:{shape:l.outputShape}});return p.forEach(x=>t.disposeIntermediateTensorInfo(x)),A}var MC={kernelName:Rr,backendName:"webgl",kernelFunc:rp};var xN="return float(a > b);",CN=`
  return vec4(greaterThan(a, b));
`,bN=ie({opSnippet:xN,packedOpSnippet:CN,cpuKernelImpl:cA,dtype:"bool"}),QC={kernelName:Tl,backendName:"webgl",kernelFunc:bN};var yN="return float(a >= b);",wN=`
  return vec4(greaterThanEqual(a, b));
`,IN=ie({opSnippet:yN,packedOpSnippet:wN,dtype:"bool",cpuKernelImpl:lA}),UC={kernelName:Dl,backendName:"webgl",kernelFunc:IN};function kN(o){let{inputs:e,backend:t}=o,{input:n}=e;return Xi(n,!0,t)}var VC={kernelName:Tr,backendName:"webgl",kernelFunc:kN};var SN="return float(!isnan(x) && !isinf(x));",EN=Y({opSnippet:SN,dtype:"bool"}),zC={kernelName:Wo,backendName:"webgl",kernelFunc:EN};var _N="return float(isinf(x));",vN=Y({opSnippet:_N,dtype:"bool"}),WC={kernelName:Go,backendName:"webgl",kernelFunc:vN};var $N="return float(isnan(x));",RN=Y({opSnippet:$N,dtype:"bool"}),GC={kernelName:Ho,backendName:"webgl",kernelFunc:RN};var NN="return float(a < b);",TN=`
  return vec4(lessThan(a, b));
`,DN=ie({opSnippet:NN,packedOpSnippet:TN,cpuKernelImpl:uA,dtype:"bool"}),HC={kernelName:Fl,backendName:"webgl",kernelFunc:DN};var BN="return float(a <= b);",FN=`
  return vec4(lessThanEqual(a, b));
`,PN=ie({opSnippet:BN,packedOpSnippet:FN,cpuKernelImpl:pA,dtype:"bool"}),qC={kernelName:Pl,backendName:"webgl",kernelFunc:PN};function ON(o){let{backend:e,attrs:t}=o,{start:n,stop:r,num:s}=t,a=dA(n,r,s);return e.makeTensorInfo([a.length],"float32",a)}var KC={kernelName:Fr,backendName:"webgl",kernelFunc:ON};var LN=st+`
  return x < 0.0 ? 0./0. : log(x);
`,MN=`
  vec4 result = log(x);
  bvec4 isNaN = isnan(x);
  result.r = isNaN.r ? x.r : (x.r < 0.0 ? 0./0. : result.r);
  result.g = isNaN.g ? x.g : (x.g < 0.0 ? 0./0. : result.g);
  result.b = isNaN.b ? x.b : (x.b < 0.0 ? 0./0. : result.b);
  result.a = isNaN.a ? x.a : (x.a < 0.0 ? 0./0. : result.a);
  return result;
`,QN=Y({opSnippet:LN,packedOpSnippet:MN,cpuKernelImpl:fA}),XC={kernelName:"Log",backendName:"webgl",kernelFunc:QN};var UN=st+`
  return log(1.0 + x);
`,VN=Y({opSnippet:UN}),jC={kernelName:qo,backendName:"webgl",kernelFunc:VN};var zN="return float(a >= 1.0 && b >= 1.0);",WN=`
  return vec4(
    vec4(greaterThanEqual(a, vec4(1.0))) *
    vec4(greaterThanEqual(b, vec4(1.0))));
`,GN=ie({opSnippet:zN,packedOpSnippet:WN,dtype:"bool"}),YC={kernelName:Ko,backendName:"webgl",kernelFunc:GN};var HN="return float(!(x >= 1.0));",qN=Y({opSnippet:HN}),JC={kernelName:Xo,backendName:"webgl",kernelFunc:qN};var KN="return float(a >= 1.0 || b >= 1.0);",XN=`
  return min(
    vec4(greaterThanEqual(a, vec4(1.0))) +
    vec4(greaterThanEqual(b, vec4(1.0))),
    vec4(1.0));
`,jN=ie({opSnippet:KN,packedOpSnippet:XN,dtype:"bool"}),ZC={kernelName:jo,backendName:"webgl",kernelFunc:jN};var oc=class{constructor(e,t,n,r,s){this.variableNames=["x"],this.outputShape=[];let a=t,i=e[3]-1;this.outputShape=e;let c,l=`float(${n}) + float(${r}) * sum`;s===.5?c=`inversesqrt(${l})`:s===1?c=`1.0/(${l})`:c=`exp(log(${l}) * float(-${s}));`,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int r = coords[1];
        int c = coords[2];
        int d = coords[3];
        float x = getX(b, r, c, d);
        float sum = 0.0;
        for (int j = -${a}; j <= ${a}; j++) {
          int idx = d + j;
          if (idx >= 0 && idx <=  ${i}) {
            float z = getX(b, r, c, idx);
            sum += z * z;
          }
        }
        float val = x * ${c};
        setOutput(val);
      }
    `}};var nc=class{constructor(e,t,n,r,s){this.variableNames=["x"],this.outputShape=[],this.packedInputs=!0,this.packedOutput=!0;let a=t,i=e[3]-1;this.outputShape=e;let c,l=`float(${n}) + float(${r}) * sum`;s===.5?c=`inversesqrt(${l})`:s===1?c=`1.0/(${l})`:c=`exp(log(${l}) * float(-${s}));`,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords.x;
        int r = coords.y;
        int c = coords.z;
        int d = coords.w;

        bool hasNextCol = d < ${this.outputShape[3]};
        bool hasNextRow = c < ${this.outputShape[2]};

        vec4 sum = vec4(0.);
        vec4 xFragAtOutputCoords = getX(b, r, c, d);

        vec4 xAtOutputCoords = vec4(
          getChannel(xFragAtOutputCoords, vec2(c, d)),
          hasNextCol ?
            getChannel(xFragAtOutputCoords, vec2(c, d + 1)) : 0.0,
          hasNextRow ?
            getChannel(xFragAtOutputCoords , vec2(c + 1, d)) : 0.0,
          (hasNextRow && hasNextCol) ?
            getChannel(xFragAtOutputCoords, vec2(c + 1, d + 1)) : 0.0
        );

        int firstChannel = d - ${a};
        vec2 cache = vec2(0.);
        if(firstChannel >= 0){
          vec4 firstChannelFrag = getX(b, r, c, firstChannel);
          cache.x = getChannel(firstChannelFrag, vec2(c, firstChannel));
            if(hasNextRow){
              cache.y = getChannel(firstChannelFrag, vec2(c + 1, firstChannel));
            }
        }

        ivec2 depth = ivec2(d, d + 1);
        for (int j = - ${a}; j <= ${a}; j++) {
          ivec2 idx = depth + j;
          bvec2 aboveLowerBound = greaterThanEqual(idx, ivec2(0));
          bvec2 belowUpperBound = lessThanEqual(idx, ivec2(${i}));

          bool depthInRange = aboveLowerBound.x && belowUpperBound.x;
          bool depthPlusOneInRange = aboveLowerBound.y && belowUpperBound.y;

          if(depthInRange || depthPlusOneInRange){
            vec4 z = vec4(0.);
            vec4 xFragAtCurrentDepth;
            z.xz = cache.xy;
            if(depthPlusOneInRange && hasNextCol){
              xFragAtCurrentDepth = idx.y != d ?
                getX(b, r, c, idx.y) : xFragAtOutputCoords;
              z.y = getChannel(xFragAtCurrentDepth, vec2(c, idx.y));
              if(hasNextRow){
                z.w = getChannel(xFragAtCurrentDepth, vec2(c + 1, idx.y));
              }
            }
            cache.xy = z.yw;
            sum += z * z;
          }
        }
        vec4 result = xAtOutputCoords * ${c};
        setOutput(result);
      }
    `}};var YN=o=>{let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{depthRadius:s,bias:a,alpha:i,beta:c}=n,l=R().getBool("WEBGL_PACK_NORMALIZATION")?new nc(r.shape,s,a,i,c):new oc(r.shape,s,a,i,c);return t.runWebGLProgram(l,[r],r.dtype)},e0={kernelName:"LRN",backendName:"webgl",kernelFunc:YN};var rc=class{constructor(e,t,n,r,s){this.variableNames=["inputImage","outputImage","dy"],this.outputShape=[],this.outputShape=e,this.depth=e[3],this.depthRadius=t,this.bias=n,this.alpha=r,this.beta=s,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int r = coords[1];
        int c = coords[2];

        float result = 0.0;
        for (int d = 0; d < ${this.depth}; ++d) {
          int depthBegin = int(max(0.0, float(d - ${t})));
          int depthEnd = int(min(float(${this.depth}),
              float(d + ${t} + 1)));

          const int MIN_DEPTH_BEGIN = 0;
          const int MAX_DEPTH_END = ${this.depth};

          float norm = 0.0;
          for (int k = MIN_DEPTH_BEGIN; k < MAX_DEPTH_END; ++k) {
            if (k < depthBegin){
              continue;
            }
            else if (k >= depthBegin && k < depthEnd) {
              norm += getInputImage(b, r, c, k) * getInputImage(b, r, c, k);
            }
            else {
              break;
            }
          }

          norm = float(${r}) * norm + float(${n});

          for(int k = MIN_DEPTH_BEGIN; k < MAX_DEPTH_END; ++k){
            if (k < depthBegin){
              continue;
            }
            else if (k >= depthBegin && k < depthEnd){
              float dyi = -2.0 * float(${r})
                * float(${s})
                * getInputImage(b, r, c, k) * getOutputImage(b, r, c, d)
                / norm;
              if (k == d) {
                dyi += pow(norm, -1.0 * ${s});
              }
              if (k == coords[3]) {
                dyi *= getDy(b, r, c, d);
                result += dyi;
              }
            }
            else {
              break;
            }
          }
      }
      setOutput(result);
      }
    `}};var JN=o=>{let{inputs:e,backend:t,attrs:n}=o,{x:r,y:s,dy:a}=e,{depthRadius:i,bias:c,alpha:l,beta:u}=n,p=new rc(r.shape,i,c,l,u);return t.runWebGLProgram(p,[r,s,a],r.dtype)},t0={kernelName:Or,backendName:"webgl",kernelFunc:JN};function o0(o,e,t,n){let r=C.sizeFromShape(e),a=C.sizeFromShape(o.shape)/r,i=U({inputs:{x:o},attrs:{shape:[a,r]},backend:n}),c=Xe(i,o.dtype,"max",n),l=U({inputs:{x:c},attrs:{shape:t},backend:n});return n.disposeIntermediateTensorInfo(i),n.disposeIntermediateTensorInfo(c),l}function sp(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{reductionIndices:s,keepDims:a}=n,i=r.shape.length,c=C.parseAxisParam(s,r.shape),l=c,u=w.getAxesPermutation(l,i),p=u!=null,d=t.shouldExecuteOnCPU([r]),f=r;if(p){if(d){let b=t.texData.get(f.dataId).values,y=new Array(i);for(let S=0;S<y.length;S++)y[S]=r.shape[u[S]];let I=go(b,r.shape,r.dtype,u,y);f=t.makeTensorInfo(y,r.dtype);let k=t.texData.get(f.dataId);k.values=I}else f=Kt(r,u,t);l=w.getInnerMostAxes(l.length,i)}w.assertAxesAreInnerMostDims("max",l,i);let[h,m]=w.computeOutAndReduceShapes(f.shape,l),g=h;a&&(g=w.expandShapeToKeepDim(h,c));let A;if(d){let b=t.texData.get(f.dataId).values,y=hA(b,C.sizeFromShape(m),g,r.dtype);A=t.makeTensorInfo(g,r.dtype);let I=t.texData.get(A.dataId);I.values=y}else A=o0(f,m,g,t);return p&&t.disposeIntermediateTensorInfo(f),A}var n0={kernelName:"Max",backendName:"webgl",kernelFunc:sp};var ZN=vn+`
  return max(a, b);
`,eT=`
  vec4 result = vec4(max(a, b));
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+Ke+`
  return result;
`,tT=ie({opSnippet:ZN,packedOpSnippet:eT,cpuKernelImpl:mA}),r0={kernelName:Ll,backendName:"webgl",kernelFunc:tT};function oT(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e;yt(r,"maxPool");let{filterSize:s,strides:a,pad:i,dimRoundingMode:c}=n,l=1;C.assert(w.eitherStridesOrDilationsAreOne(a,l),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${l}'`);let u=w.computePool2DInfo(r.shape,s,a,l,i,c);if(u.filterWidth===1&&u.filterHeight===1&&C.arraysEqual(u.inShape,u.outShape))return we({inputs:{x:r},backend:t});let p=new ft(u,"max",!1);return t.runWebGLProgram(p,[r],r.dtype)}var s0={kernelName:Mr,backendName:"webgl",kernelFunc:oT};function nT(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{filterSize:s,strides:a,pad:i,dataFormat:c,dimRoundingMode:l}=n,u=[1,1,1],p=w.computePool3DInfo(r.shape,s,a,u,i,l,c),d=new Xt(p,"max",!1);return t.runWebGLProgram(d,[r],r.dtype)}var a0={kernelName:Ur,backendName:"webgl",kernelFunc:nT};var sc=class{constructor(e){this.variableNames=["dy","maxPos"],this.outputShape=e.inShape;let t=e.strideHeight,n=e.strideWidth,r=e.dilationHeight,s=e.effectiveFilterHeight,a=e.effectiveFilterWidth,i=s-1-e.padInfo.top,c=a-1-e.padInfo.left,l=s*a-1;this.userCode=`
      const ivec2 pads = ivec2(${i}, ${c});

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];

        ivec2 dyRCCorner = coords.yz - pads;
        int dyRCorner = dyRCCorner.x;
        int dyCCorner = dyRCCorner.y;

        // Convolve dy(?, ?, d) with pos mask(:, :, d) to get dx(xR, xC, d).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${s};
          wR += ${r}) {
          float dyR = float(dyRCorner + wR) / ${t}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          for (int wC = 0; wC < ${a}; wC++) {
            float dyC = float(dyCCorner + wC) / ${n}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            float dyValue = getDy(b, idyR, idyC, d);
            int maxPosValue = ${l} - int(getMaxPos(b, idyR, idyC, d));

            // Get the current value, check it against the value from the
            // position matrix.
            int curPosValue = wR * ${a} + wC;
            float mask = float(maxPosValue == curPosValue ? 1.0 : 0.0);

            dotProd += dyValue * mask;
          }
        }
        setOutput(dotProd);
      }
    `}},ac=class{constructor(e){this.variableNames=["dy","maxPos"],this.outputShape=e.inShape;let t=e.strideDepth,n=e.strideHeight,r=e.strideWidth,s=e.dilationDepth,a=e.dilationHeight,i=e.dilationWidth,c=e.effectiveFilterDepth,l=e.effectiveFilterHeight,u=e.effectiveFilterWidth,p=c-1-e.padInfo.front,d=l-1-e.padInfo.top,f=u-1-e.padInfo.left,h=c*l*u-1;this.userCode=`
      const ivec3 pads = ivec3(${p}, ${d}, ${f});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyDCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        // Convolve dy(?, ?, ?, ch) with pos mask(:, :, :, d) to get
        // dx(xD, xR, xC, ch).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int wD = 0; wD < ${c};
           wD += ${s}) {
          float dyD = float(dyDCorner + wD) / ${t}.0;

          if (dyD < 0.0 || dyD >= ${e.outDepth}.0 || fract(dyD) > 0.0) {
            continue;
          }
          int idyD = int(dyD);

          for (int wR = 0; wR < ${l};
              wR += ${a}) {
            float dyR = float(dyRCorner + wR) / ${n}.0;

            if (dyR < 0.0 || dyR >= ${e.outHeight}.0 ||
                fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            for (int wC = 0; wC < ${u};
                wC += ${i}) {
              float dyC = float(dyCCorner + wC) / ${r}.0;

              if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              float dyValue = getDy(batch, idyD, idyR, idyC, ch);
              int maxPosValue = ${h} -
                  int(getMaxPos(batch, idyD, idyR, idyC, ch));

              // Get the current value, check it against the value from the
              // position matrix.
              int curPosValue =
                  wD * ${l} * ${u} +
                  wR * ${u} + wC;
              float mask = float(maxPosValue == curPosValue ? 1.0 : 0.0);

              dotProd += dyValue * mask;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function rT(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s}=e,a=s,{filterSize:i,strides:c,pad:l,dimRoundingMode:u}=n,p=[1,1,1],d=w.computePool3DInfo(a.shape,i,c,p,l,u),f=new Xt(d,"max",!0),h=t.runWebGLProgram(f,[a],a.dtype),m=new ac(d),g=t.runWebGLProgram(m,[r,h],a.dtype);return t.disposeIntermediateTensorInfo(h),g}var i0={kernelName:Vr,backendName:"webgl",kernelFunc:rT};function sT(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s,output:a}=e,i=s;yt([s,a],"maxPoolGrad");let{filterSize:c,strides:l,pad:u,dimRoundingMode:p}=n,d=w.computePool2DInfo(i.shape,c,l,1,u,p),f=!0,h=new ft(d,"max",f),m=t.runWebGLProgram(h,[i],i.dtype),g=new sc(d),A=t.runWebGLProgram(g,[r,m],i.dtype);return t.disposeIntermediateTensorInfo(m),A}var c0={kernelName:Qr,backendName:"webgl",kernelFunc:sT};function l0(o,e,t,n){let r=new ft(t,"max",!1),s=n.runWebGLProgram(r,[o],"float32");r=new ft(t,"max",!0,!0,e);let a=n.runWebGLProgram(r,[o],"float32");return[s,a]}var u0={kernelName:zr,backendName:"webgl",kernelFunc:({inputs:o,attrs:e,backend:t})=>{let{x:n}=o,{filterSize:r,strides:s,pad:a,includeBatchInIndex:i}=e,c=t;C.assert(n.shape.length===4,()=>`Error in maxPool: input must be rank 4 but got rank ${n.shape.length}.`);let l=[1,1];C.assert(w.eitherStridesOrDilationsAreOne(s,l),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${s} and dilations '${l}'`);let u=w.computePool2DInfo(n.shape,r,s,l,a),[p,d]=l0(n,i,u,c);return[p,d]}};function p0(o,e,t,n){let r=C.sizeFromShape(e),a=C.sizeFromShape(o.shape)/r,i=U({inputs:{x:o},attrs:{shape:[a,r]},backend:n}),c=Xe(i,"float32","mean",n),l=U({inputs:{x:c},attrs:{shape:t},backend:n});return n.disposeIntermediateTensorInfo(i),n.disposeIntermediateTensorInfo(c),l}var d0={kernelName:Wr,backendName:"webgl",kernelFunc:({inputs:o,attrs:e,backend:t})=>{let{x:n}=o,{keepDims:r,axis:s}=e,a=t,i=n.shape.length,c=C.parseAxisParam(s,n.shape),l=c,u=w.getAxesPermutation(l,i),p=u!=null,d=a.shouldExecuteOnCPU([n]),f=[],h=n;if(p){if(d){let y=a.texData.get(h.dataId).values,I=new Array(i);for(let E=0;E<I.length;E++)I[E]=n.shape[u[E]];let k=go(y,n.shape,n.dtype,u,I);h=a.makeTensorInfo(I,n.dtype);let S=a.texData.get(h.dataId);S.values=k}else h=Kt(n,u,a);f.push(h),l=w.getInnerMostAxes(l.length,i)}w.assertAxesAreInnerMostDims("sum",l,i);let[m,g]=w.computeOutAndReduceShapes(h.shape,l),A=m;r&&(A=w.expandShapeToKeepDim(m,c));let x=p0(h,g,A,a);for(let b of f)a.disposeIntermediateTensorInfo(b);return x}};function aT(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n,i=r.shape.length,c=C.parseAxisParam(s,r.shape),l=c,u=w.getAxesPermutation(l,i),p=r;u!=null&&(p=ge({inputs:{x:r},backend:t,attrs:{perm:u}}),l=w.getInnerMostAxes(l.length,r.shape.length)),w.assertAxesAreInnerMostDims("min",l,i);let[d,f]=w.computeOutAndReduceShapes(p.shape,l),h=C.sizeFromShape(f),m=U({inputs:{x:p},backend:t,attrs:{shape:[-1,h]}}),g=Xe(m,m.dtype,"min",t),A;if(a){let x=w.expandShapeToKeepDim(d,c);A=U({inputs:{x:g},backend:t,attrs:{shape:x}})}else A=U({inputs:{x:g},backend:t,attrs:{shape:d}});return t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(g),u!=null&&t.disposeIntermediateTensorInfo(p),A}var f0={kernelName:"Min",backendName:"webgl",kernelFunc:aT};var iT=vn+`
  return min(a, b);
`,cT=`
  vec4 result = vec4(min(a, b));
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+Ke+`
  return result;
`,lT=ie({opSnippet:iT,packedOpSnippet:cT,cpuKernelImpl:gA}),h0={kernelName:Ml,backendName:"webgl",kernelFunc:lT};var ic=class{constructor(e,t,n){this.variableNames=["x"],this.outputShape=t.map((u,p)=>u[0]+e[p]+u[1]);let r=e.length,s=te(r),a=t.map(u=>u[0]).join(","),i=t.map((u,p)=>u[0]+e[p]).join(","),c=["coords[0]","coords[1]","coords[2]","coords[3]"].slice(0,r),l=n==="reflect"?0:1;if(r===1){this.userCode=`
        int start = ${a};
        int end = ${i};

        void main() {
          int outC = getOutputCoords();
          if (outC < start) {
            outC = start * 2 - outC - ${l};
          } else if(outC >= end) {
            outC = (end - 1) * 2 - outC + ${l};
          }
          setOutput(getX(outC - start));
        }
      `;return}this.userCode=`
      ${s} start = ${s}(${a});
      ${s} end = ${s}(${i});

      void main() {
        ${s} outC = getOutputCoords();
        for (int i = 0; i < ${r}; i++) {
          if (outC[i] < start[i]) {
            outC[i] = start[i] * 2 - outC[i] - ${l};
          } else if(outC[i] >= end[i]) {
            outC[i] = (end[i] - 1) * 2 - outC[i] + ${l};
          }
        }
        ${s} coords = outC - start;
        setOutput(getX(${c}));
      }
    `}};var cc=class{constructor(e,t,n){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=t.map((h,m)=>h[0]+e[m]+h[1]);let r=e.length,s=te(r),a=t.map(h=>h[0]).join(","),i=t.map((h,m)=>h[0]+e[m]).join(","),c=ye("rc",r),l=ye("source",r),u=`${c[r-1]} < ${this.outputShape[r-1]}`,p=r===1?"source":`vec2(${l.slice(-2).join()})`,d=n==="reflect"?0:1,f="";if(r===1){let h=`
        ${s} source = rc;
        if (source < start) {
          source = start * 2 - source - ${d};
        } else if (source >= end) {
          source = (end - 1) * 2 - source + ${d};
        }
        source -= start;
      `;f=`
        ${s} rc = outputLoc;
        ${h}
        result[0] = getChannel(getX(${l.join()}), ${p});
        ${c[r-1]} += 1;
        if(${u}) {
          ${h}
          result[1] = getChannel(getX(${l.join()}), ${p});
        }
      `}else{let h=`
        ${s} source = rc;
        ${s} lt = ${s}(lessThan(source, start));
        ${s} gte = ${s}(greaterThanEqual(source, end));
        ${s} orig = 1 - (lt + gte);
        source = orig * source +
                lt * (start * 2 - source - ${d}) +
                gte * ((end - 1) * 2 - source + ${d});
        source -= start;
      `;f=`
        ${s} rc = outputLoc;
        ${h}
        result[0] = getChannel(getX(${l.join()}), ${p});
        ${c[r-1]} += 1;
        if(${u}) {
          ${h}
          result[1] = getChannel(getX(${l.join()}), ${p});
        }
        rc = outputLoc;
        ${c[r-2]} += 1;
        if(${c[r-2]} < ${this.outputShape[r-2]}) {
          ${h}
          result[2] = getChannel(getX(${l.join()}), ${p});
          ${c[r-1]} += 1;
          if(${u}) {
            ${h}
            result[3] = getChannel(getX(${l.join()}), ${p});
          }
        }
      `}this.userCode=`
      const ${s} start = ${s}(${a});
      const ${s} end = ${s}(${i});

      void main() {
        ${s} outputLoc = getOutputCoords();
        vec4 result = vec4(0.);
        ${f}
        setOutput(result);
      }
    `}};var uT=({inputs:o,backend:e,attrs:t})=>{let{x:n}=o,{paddings:r,mode:s}=t,a=R().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new cc(n.shape,r,s):new ic(n.shape,r,s);return e.runWebGLProgram(a,[n],n.dtype)},m0={kernelName:Hr,backendName:"webgl",kernelFunc:uT};var pT=`if (b == 0.0) return NAN;
  return mod(a, b);`,dT=`
  vec4 result = mod(a, b);
  bvec4 isNaN = equal(b, vec4(0.0));
  `+Ke+`
  return result;
`,fT=ie({opSnippet:pT,packedOpSnippet:dT}),g0={kernelName:"Mod",backendName:"webgl",kernelFunc:fT};var lc=class{constructor(e,t,n){this.variableNames=["probs"],this.customUniforms=[{name:"seed",type:"float"}],this.outputShape=[e,n],this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];

        float r = random(seed);
        float cdf = 0.0;

        for (int i = 0; i < ${t-1}; i++) {
          cdf += getProbs(batch, i);

          if (r < cdf) {
            setOutput(float(i));
            return;
          }
        }

        // If no other event happened, last event happened.
        setOutput(float(${t-1}));
      }
    `}};var hT=`
if (a == b) {
  return 1.0;
};
return a / b;`,mT=`
  // vec4 one = vec4(equal(a, b));
  // return one + (vec4(1.0) - one) * a / b;
  vec4 result = a / b;
  if(a.x == b.x) {
    result.x = 1.;
  }
  if(a.y == b.y) {
    result.y = 1.;
  }
  if(a.z == b.z) {
    result.z = 1.;
  }
  if(a.w == b.w) {
    result.w = 1.;
  }

  return result;
`,ap=ie({opSnippet:hT,packedOpSnippet:mT,checkOutOfBounds:!0}),A0={kernelName:Uo,backendName:"webgl",kernelFunc:ap};var x0="return a - b;",ip=ie({opSnippet:x0,packedOpSnippet:x0,supportsComplex:!0,cpuKernelImpl:OA}),C0={kernelName:"Sub",backendName:"webgl",kernelFunc:ip};function cp(o){let{inputs:e,backend:t,attrs:n}=o,{logits:r}=e,{dim:s}=n,a=C.parseAxisParam([s],r.shape),i=sp({inputs:{x:r},backend:t,attrs:{reductionIndices:a,keepDims:!1}}),c=w.expandShapeToKeepDim(i.shape,a),l=U({inputs:{x:i},backend:t,attrs:{shape:c}}),u=ip({inputs:{a:r,b:l},backend:t}),p=op({inputs:{x:u},backend:t}),d=Ao({inputs:{x:p},backend:t,attrs:{axis:a,keepDims:!1}}),f=U({inputs:{x:d},backend:t,attrs:{shape:c}}),h=ap({inputs:{a:p,b:f},backend:t});return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(l),t.disposeIntermediateTensorInfo(u),t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(f),h}var b0={kernelName:Cs,backendName:"webgl",kernelFunc:cp};function gT(o){let{inputs:e,backend:t,attrs:n}=o,{logits:r}=e,{numSamples:s,seed:a,normalized:i}=n,c=i?r:cp({inputs:{logits:r},backend:t,attrs:{dim:r.shape.length-1}}),l=c.shape[0],u=c.shape[1],p=new lc(l,u,s),d=[[a]],f=t.runWebGLProgram(p,[c],"int32",d);return i||t.disposeIntermediateTensorInfo(c),f}var y0={kernelName:qr,backendName:"webgl",kernelFunc:gT};var AT=Ee+`
  return -x;
`,xT=`
  vec4 result = -x;
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`;function CT(o){let{inputs:e,backend:t}=o,{x:n}=e;if(t.shouldExecuteOnCPU([n])){let s=t.texData.get(n.dataId),[a,i]=xA(s.values,n.shape,n.dtype);return t.makeTensorInfo(i,n.dtype,a)}let r;return R().getBool("WEBGL_PACK_UNARY_OPERATIONS")?r=new Me(n.shape,xT):r=new Ne(n.shape,AT),t.runWebGLProgram(r,[n],n.dtype)}var w0={kernelName:"Neg",backendName:"webgl",kernelFunc:CT};var bT=Be.nonMaxSuppressionV3Impl;function yT(o){w.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:e,backend:t,attrs:n}=o,{boxes:r,scores:s}=e,{maxOutputSize:a,iouThreshold:i,scoreThreshold:c}=n,l=t.readSync(r.dataId),u=t.readSync(s.dataId),{selectedIndices:p}=bT(l,u,a,i,c);return t.makeTensorInfo([p.length],"int32",new Int32Array(p))}var I0={kernelName:Kr,backendName:"webgl",kernelFunc:yT};var wT=Be.nonMaxSuppressionV4Impl;function IT(o){w.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:e,backend:t,attrs:n}=o,{boxes:r,scores:s}=e,{maxOutputSize:a,iouThreshold:i,scoreThreshold:c,padToMaxOutputSize:l}=n,u=t.readSync(r.dataId),p=t.readSync(s.dataId),{selectedIndices:d,validOutputs:f}=wT(u,p,a,i,c,l);return[t.makeTensorInfo([d.length],"int32",new Int32Array(d)),t.makeTensorInfo([],"int32",new Int32Array([f]))]}var k0={kernelName:Xr,backendName:"webgl",kernelFunc:IT};var kT=Be.nonMaxSuppressionV5Impl;function ST(o){w.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:e,backend:t,attrs:n}=o,{boxes:r,scores:s}=e,{maxOutputSize:a,iouThreshold:i,scoreThreshold:c,softNmsSigma:l}=n,u=t.readSync(r.dataId),p=t.readSync(s.dataId),d=a,f=i,h=c,m=l,{selectedIndices:g,selectedScores:A}=kT(u,p,d,f,h,m);return[t.makeTensorInfo([g.length],"int32",new Int32Array(g)),t.makeTensorInfo([A.length],"float32",new Float32Array(A))]}var S0={kernelName:jr,backendName:"webgl",kernelFunc:ST};var uc=class{constructor(e,t,n,r){this.variableNames=["indices"],this.outputShape=[e,t],this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int index = round(getIndices(coords.x));
        setOutput(mix(float(${r}), float(${n}),
                      float(index == coords.y)));
      }
    `}};var ET=o=>{let{inputs:e,backend:t,attrs:n}=o,{indices:r}=e,{dtype:s,depth:a,onValue:i,offValue:c}=n,l=C.sizeFromShape(r.shape),u=new uc(l,a,i,c),p=U({inputs:{x:r},backend:t,attrs:{shape:[l]}}),d=t.runWebGLProgram(u,[p],s);t.disposeIntermediateTensorInfo(p);let f=[...r.shape,a],h=U({inputs:{x:d},backend:t,attrs:{shape:f}});return t.disposeIntermediateTensorInfo(d),h},E0={kernelName:Jr,backendName:"webgl",kernelFunc:ET};function da(o){let{inputs:e,backend:t}=o,{x:n}=e;if(n.dtype==="complex64"){let r=Bt({inputs:{input:n},backend:t}),s=da({inputs:{x:r},backend:t}),a=Co({inputs:{input:n},backend:t}),i=da({inputs:{x:a},backend:t}),c=Ue({inputs:{real:s,imag:i},backend:t});return t.disposeIntermediateTensorInfo(r),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(i),c}else return Ft({attrs:{shape:n.shape,dtype:n.dtype,value:n.dtype==="string"?"":0},backend:t})}var _0={kernelName:Ps,backendName:"webgl",kernelFunc:da};function v0(o){let{inputs:e,backend:t}=o,{x:n}=e;if(n.dtype==="string")throw new Error("onesLike is not supported under string dtype");if(n.dtype==="complex64"){let r=Bt({inputs:{input:n},backend:t}),s=v0({inputs:{x:r},backend:t}),a=Co({inputs:{input:n},backend:t}),i=da({inputs:{x:a},backend:t}),c=Ue({inputs:{real:s,imag:i},backend:t});return t.disposeIntermediateTensorInfo(r),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(i),c}else return Ft({attrs:{shape:n.shape,dtype:n.dtype,value:1},backend:t})}var $0={kernelName:Yr,backendName:"webgl",kernelFunc:v0};function _T(o){let{inputs:e,backend:t,attrs:n}=o,{axis:r}=n;if(e.length===1)return Ki({inputs:{input:e[0]},backend:t,attrs:{dim:r}});let s=e[0].shape,a=e[0].dtype;e.forEach(u=>{C.assertShapesMatch(s,u.shape,"All tensors passed to stack must have matching shapes"),C.assert(a===u.dtype,()=>"All tensors passed to stack must have matching dtypes")});let i=[],c=e.map(u=>{let p=Ki({inputs:{input:u},backend:t,attrs:{dim:r}});return i.push(p),p}),l=tp({inputs:c,backend:t,attrs:{axis:r}});return i.forEach(u=>t.disposeIntermediateTensorInfo(u)),l}var R0={kernelName:Zr,backendName:"webgl",kernelFunc:_T};var pc=class{constructor(e,t,n){this.variableNames=["x"],this.customUniforms=[{name:"value",type:"float"}],this.outputShape=t.map((l,u)=>l[0]+e[u]+l[1]);let r=e.length,s=te(r),a=t.map(l=>l[0]).join(","),i=t.map((l,u)=>l[0]+e[u]).join(","),c=["coords[0]","coords[1]","coords[2]","coords[3]"].slice(0,r);if(r===1){this.userCode=`
        int start = ${a};
        int end = ${i};

        void main() {
          int outC = getOutputCoords();
          if (outC < start || outC >= end) {
            setOutput(value);
          } else {
            setOutput(getX(outC - start));
          }
        }
      `;return}this.userCode=`
      ${s} start = ${s}(${a});
      ${s} end = ${s}(${i});

      void main() {
        ${s} outC = getOutputCoords();
        if (any(lessThan(outC, start)) || any(greaterThanEqual(outC, end))) {
          setOutput(value);
        } else {
          ${s} coords = outC - start;
          setOutput(getX(${c}));
        }
      }
    `}};var dc=class{constructor(e,t,n){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"value",type:"float"}],this.outputShape=t.map((m,g)=>m[0]+e[g]+m[1]);let r=e.length,s=te(r),a=t.map(m=>m[0]).join(","),i=t.map((m,g)=>m[0]+e[g]).join(","),c=ye("rc",r),l=ye("source",r),u=`${c[r-1]} < ${this.outputShape[r-1]}`,p=r===1?"source":`vec2(${l.slice(-2).join()})`,d=[`${s} rc = outputLoc;`,`${c[r-1]} += 1;
       if(${u}) {
      `,r===1?"":`}
       rc = outputLoc;
       ${c[r-2]} += 1;
       if(${c[r-2]} < ${this.outputShape[r-2]}) {`,r===1?"":`  ${c[r-1]} += 1;
         if(${u}) {`],f=r===1?"rc < start || rc >= end":"any(lessThan(rc, start)) || any(greaterThanEqual(rc, end))",h="";for(let m=0,g=r===1?2:4;m<g;m++)h+=`
        ${d[m]}
        if (${f}) {
          result[${m}] = float(value);
        } else {
          ${s} source = rc - start;
          result[${m}] = getChannel(getX(${l.join()}), ${p});
        }
      `;h+=r===1?"} ":"}}",this.userCode=`
      const ${s} start = ${s}(${a});
      const ${s} end = ${s}(${i});

      void main() {
        ${s} outputLoc = getOutputCoords();
        vec4 result = vec4(0.);
        ${h}
        setOutput(result);
      }
    `}};var lp=o=>{let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{paddings:s,constantValue:a}=n;if(C.sizeFromShape(r.shape)===0){let l=s.map((u,p)=>u[0]+r.shape[p]+u[1]);return Ft({backend:t,attrs:{shape:l,value:a,dtype:r.dtype}})}let i=R().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new dc(r.shape,s,a):new pc(r.shape,s,a),c=[[a]];return t.runWebGLProgram(i,[r],r.dtype,c)},N0={kernelName:es,backendName:"webgl",kernelFunc:lp};var vT=`
  if(a < 0.0 && floor(b) < b){
    return NAN;
  }
  if (b == 0.0) {
    return 1.0;
  }
  return (round(mod(b, 2.0)) != 1) ?
      pow(abs(a), b) : sign(a) * pow(abs(a), b);
`,$T=`
  // isModRound1 has 1 for components with round(mod(b, 2.0)) == 1, 0 otherwise.
  vec4 isModRound1 = vec4(equal(round(mod(b, 2.0)), ivec4(1)));
  vec4 multiplier = sign(a) * isModRound1 + (vec4(1.0) - isModRound1);
  vec4 result = multiplier * pow(abs(a), b);

  // Ensure that a^0 = 1, including 0^0 = 1 as this correspond to TF and JS
  bvec4 isExpZero = equal(b, vec4(0.0));
  result.r = isExpZero.r ? 1.0 : result.r;
  result.g = isExpZero.g ? 1.0 : result.g;
  result.b = isExpZero.b ? 1.0 : result.b;
  result.a = isExpZero.a ? 1.0 : result.a;

  bvec4 isNaN1 = lessThan(a, vec4(0.0));
  bvec4 isNaN2 = lessThan(floor(b), b);
  bvec4 isNaN = bvec4(isNaN1.x && isNaN2.x, isNaN1.y && isNaN2.y, isNaN1.z && isNaN2.z, isNaN1.w && isNaN2.w);
  `+Ke+`
  return result;
`,RT=ie({opSnippet:vT,packedOpSnippet:$T}),T0={kernelName:"Pow",backendName:"webgl",kernelFunc:RT};function NT(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n,i=r.shape.length,c=[],l=C.parseAxisParam(s,r.shape),u=l,p=w.getAxesPermutation(u,i),d=r;p!=null&&(d=ge({inputs:{x:r},backend:t,attrs:{perm:p}}),u=w.getInnerMostAxes(u.length,i),c.push(d)),w.assertAxesAreInnerMostDims("prod",u,i);let f;if(t.shouldExecuteOnCPU([d])){let h=t.texData.get(d.dataId).values,{outVals:m,outShape:g,outDtype:A}=bA(d.shape,d.dtype,h,u);f=t.makeTensorInfo(g,A,m)}else{let[h,m]=w.computeOutAndReduceShapes(d.shape,u),g=C.sizeFromShape(m),A=U({inputs:{x:d},backend:t,attrs:{shape:[-1,g]}}),x=no(r.dtype),b=Xe(A,x,"prod",t);f=U({inputs:{x:b},backend:t,attrs:{shape:h}}),c.push(A),c.push(b)}if(a){c.push(f);let h=w.expandShapeToKeepDim(f.shape,l);f=U({inputs:{x:f},backend:t,attrs:{shape:h}})}return c.forEach(h=>t.disposeIntermediateTensorInfo(h)),f}var D0={kernelName:zl,backendName:"webgl",kernelFunc:NT};function TT(o){let{inputs:e,backend:t,attrs:n}=o,{paramsNestedSplits:r,paramsDenseValues:s,indices:a}=e,{outputRaggedRank:i}=n,c=r.map(A=>t.readSync(A.dataId)),l=r.map(A=>A.shape),u=t.readSync(s.dataId),p=t.readSync(a.dataId),[d,f,h]=yA(c,l,u,s.shape,s.dtype,p,a.shape,i),m=d.map(A=>t.makeTensorInfo([A.length],"int32",A)),g=t.makeTensorInfo(h,s.dtype,f);return m.concat([g])}var B0={kernelName:os,backendName:"webgl",kernelFunc:TT};function DT(o){let{inputs:e,backend:t}=o,{starts:n,limits:r,deltas:s}=e,a=t.readSync(n.dataId),i=t.readSync(r.dataId),c=t.readSync(s.dataId),[l,u]=wA(a,n.shape,n.dtype,i,r.shape,c,s.shape),p=t.makeTensorInfo([l.length],"int32",l),d=t.makeTensorInfo([u.length],n.dtype,u);return[p,d]}var F0={kernelName:ns,backendName:"webgl",kernelFunc:DT};function BT(o){let{inputs:e,backend:t,attrs:n}=o,{shape:r,values:s,defaultValue:a,rowPartitionTensors:i}=e,{rowPartitionTypes:c}=n,l=t.readSync(r.dataId),u=t.readSync(s.dataId),p=t.readSync(a.dataId),d=i.map(g=>t.readSync(g.dataId)),f=i.map(g=>g.shape),[h,m]=IA(l,r.shape,u,s.shape,s.dtype,p,a.shape,d,f,c);return t.makeTensorInfo(h,s.dtype,m)}var P0={kernelName:rs,backendName:"webgl",kernelFunc:BT};var up=o=>{let{backend:e,attrs:t}=o,{start:n,stop:r,step:s,dtype:a}=t,i=kA(n,r,s,a);return e.makeTensorInfo([i.length],a,i)},O0={kernelName:ss,backendName:"webgl",kernelFunc:up};var FT="return 1.0 / x;",PT=Y({opSnippet:FT}),L0={kernelName:Zo,backendName:"webgl",kernelFunc:PT};var OT=Ee+`
  return (x < 0.0) ? 0.0 : x;
`,LT=`
  vec4 result = x * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,MT=Y({opSnippet:OT,packedOpSnippet:LT}),M0={kernelName:en,backendName:"webgl",kernelFunc:MT};var QT=Ee+`
  return (x < 0.0) ? 0.0 : min(6.0, x);
`,UT=`
  vec4 result = min(x, vec4(6.)) * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,VT=Y({opSnippet:QT,packedOpSnippet:UT}),Q0={kernelName:tn,backendName:"webgl",kernelFunc:VT};var fc=class{constructor(e,t,n,r,s){this.variableNames=["A"],this.outputShape=[];let[a,i,c,l]=e;this.outputShape=[a,t,n,l];let u=[r&&t>1?i-1:i,r&&n>1?c-1:c],p=[r&&t>1?t-1:t,r&&n>1?n-1:n],d;s?d="(vec2(yRC) + vec2(0.5)) * effectiveInputOverOutputRatioRC - vec2(0.5)":d="vec2(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec2 effectiveInputOverOutputRatioRC = vec2(
          ${u[0]/p[0]},
          ${u[1]/p[1]});
      const vec2 inputShapeRC = vec2(${i}.0, ${c}.0);

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        ivec2 yRC = coords.yz;

        // Fractional source index.
        vec2 sourceFracIndexRC = ${d};

        // Compute the four integer indices.
        ivec2 sourceFloorRC = ivec2(max(sourceFracIndexRC, vec2(0.0)));
        ivec2 sourceCeilRC = ivec2(
          min(inputShapeRC - 1.0, ceil(sourceFracIndexRC)));

        float topLeft = getA(b, sourceFloorRC.x, sourceFloorRC.y, d);
        float bottomLeft = getA(b, sourceCeilRC.x, sourceFloorRC.y, d);
        float topRight = getA(b, sourceFloorRC.x, sourceCeilRC.y, d);
        float bottomRight = getA(b, sourceCeilRC.x, sourceCeilRC.y, d);

        vec2 fracRC = sourceFracIndexRC - vec2(sourceFloorRC);

        float top = topLeft + (topRight - topLeft) * fracRC.y;
        float bottom = bottomLeft + (bottomRight - bottomLeft) * fracRC.y;
        float newValue = top + (bottom - top) * fracRC.x;

        setOutput(newValue);
      }
    `}};var hc=class{constructor(e,t,n,r,s){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[];let[a,i,c,l]=e;this.outputShape=[a,t,n,l];let u=[r&&t>1?i-1:i,r&&n>1?c-1:c],p=[r&&t>1?t-1:t,r&&n>1?n-1:n],d;s?d="(vec3(yRC) + vec3(0.5)) * effectiveInputOverOutputRatioRC - vec3(0.5)":d="vec3(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec3 effectiveInputOverOutputRatioRC = vec3(
          ${u[0]/p[0]},
          ${u[1]/p[1]},
          ${u[1]/p[1]});
      const vec3 inputShapeRC = vec3(${i}.0, ${c}.0,
                                     ${c}.0);

      float getAValue(int b, int r, int c, int d) {
        return getChannel(getA(b, r, c, d), vec2(c, d));
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        // Calculate values for next column in yRC.z.
        ivec3 yRC = coords.yzz + ivec3(0, 0, 1);

        // Fractional source index.
        vec3 sourceFracIndexRC = ${d};

        // Compute the four integer indices.
        ivec3 sourceFloorRC = ivec3(max(sourceFracIndexRC, vec3(0.0)));
        ivec3 sourceCeilRC = ivec3(
          min(inputShapeRC - 1.0, ceil(sourceFracIndexRC)));

        // Should we calculate next column and row elements in 2x2 packed cell.
        bool hasNextCol = d < ${l-1};
        bool hasNextRow = coords.z < ${n-1};

        // In parallel, construct four corners for all four components in
        // packed 2x2 cell.
        vec4 topLeft = vec4(
          getAValue(b, sourceFloorRC.x, sourceFloorRC.y, d),
          hasNextCol ? getAValue(b, sourceFloorRC.x, sourceFloorRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceFloorRC.x, sourceFloorRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceFloorRC.x, sourceFloorRC.z, d + 1) : 0.0);

        vec4 bottomLeft = vec4(
          getAValue(b, sourceCeilRC.x, sourceFloorRC.y, d),
          hasNextCol ? getAValue(b, sourceCeilRC.x, sourceFloorRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceCeilRC.x, sourceFloorRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceCeilRC.x, sourceFloorRC.z, d + 1) : 0.0);

        vec4 topRight = vec4(
          getAValue(b, sourceFloorRC.x, sourceCeilRC.y, d),
          hasNextCol ? getAValue(b, sourceFloorRC.x, sourceCeilRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceFloorRC.x, sourceCeilRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceFloorRC.x, sourceCeilRC.z, d + 1) : 0.0);

        vec4 bottomRight = vec4(
          getAValue(b, sourceCeilRC.x, sourceCeilRC.y, d),
          hasNextCol ? getAValue(b, sourceCeilRC.x, sourceCeilRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceCeilRC.x, sourceCeilRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceCeilRC.x, sourceCeilRC.z, d + 1) : 0.0);

        vec3 fracRC = sourceFracIndexRC - vec3(sourceFloorRC);

        vec4 top = mix(topLeft, topRight, fracRC.yyzz);
        vec4 bottom = mix(bottomLeft, bottomRight, fracRC.yyzz);
        vec4 newValue = mix(top, bottom, fracRC.x);

        setOutput(newValue);
      }
    `}};function zT(o){let{inputs:e,backend:t,attrs:n}=o,{images:r}=e,{alignCorners:s,halfPixelCenters:a,size:i}=n,[c,l]=i,u=R().getBool("WEBGL_PACK_IMAGE_OPERATIONS")?new hc(r.shape,c,l,s,a):new fc(r.shape,c,l,s,a);return t.runWebGLProgram(u,[r],"float32")}var U0={kernelName:ls,backendName:"webgl",kernelFunc:zT};var mc=class{constructor(e,t,n){this.variableNames=["dy"],this.outputShape=[],this.outputShape=t;let[,r,s]=t,[,a,i]=e,c=[n&&a>1?r-1:r,n&&i>1?s-1:s],l=[n&&a>1?a-1:a,n&&i>1?i-1:i],u=c[0]/l[0],p=c[1]/l[1],d=1/u,f=1/p,h=Math.ceil(d)*2+2,m=Math.ceil(f)*2+2;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        int r = coords[1];
        int c = coords[2];

        float accumulator = 0.0;

        const float heightScale = float(${u});
        const float widthScale = float(${p});

        const float invHeightScale = float(${d});
        const float invWidthScale = float(${f});

        const int winHeight = int(${h});
        const int winWidth = int(${m});

        // Compute bounds for where in dy we will look
        float startRLerp = floor(float(r) * invHeightScale);
        int startDyR = int(startRLerp - float(winHeight / 2));

        float startCLerp = floor(float(c) * invWidthScale);
        int startDyC = int(startCLerp - float(winWidth / 2));

        // Loop over dy
        for (int dyROffset = 0; dyROffset < winHeight; dyROffset++) {
          int dyR = dyROffset + startDyR;

          // Guard against the window exceeding the bounds of dy
          if (dyR < 0 || dyR >= ${a}) {
            continue;
          }

          for (int dyCOffset = 0; dyCOffset < winWidth; dyCOffset++) {
            int dyC = dyCOffset + startDyC;

            // Guard against the window exceeding the bounds of dy
            if (dyC < 0 || dyC >= ${i}) {
              continue;
            }

            float dxR = float(dyR) * heightScale;
            int topDxRIndex = int(floor(dxR));
            int bottomDxRIndex = int(min(ceil(dxR), ${r-1}.0));
            float dxRLerp = dxR - float(topDxRIndex);
            float inverseDxRLerp = 1.0 - dxRLerp;

            float dxC = float(dyC) * widthScale;
            int leftDxCIndex = int(floor(dxC));
            int rightDxCIndex = int(min(ceil(dxC), ${s-1}.0));
            float dxCLerp = dxC - float(leftDxCIndex);
            float inverseDxCLerp = 1.0 - dxCLerp;

            if (r == topDxRIndex && c == leftDxCIndex) {
              // topLeft
              accumulator +=
                getDy(b, dyR, dyC, d) * inverseDxRLerp * inverseDxCLerp;
            }

            if (r == topDxRIndex && c == rightDxCIndex) {
              // topRight
              accumulator += getDy(b, dyR, dyC, d) * inverseDxRLerp * dxCLerp;
            }

            if (r == bottomDxRIndex && c == leftDxCIndex) {
              // bottomLeft
              accumulator += getDy(b, dyR, dyC, d) * dxRLerp * inverseDxCLerp;
            }

            if (r == bottomDxRIndex && c == rightDxCIndex) {
              // bottomRight
              accumulator += getDy(b, dyR, dyC, d) * dxRLerp * dxCLerp;
            }
          }
        }
        // End loop over dy

        setOutput(accumulator);
      }
    `}};function WT(o){let{inputs:e,backend:t,attrs:n}=o,{images:r,dy:s}=e,{alignCorners:a}=n,i=new mc(s.shape,r.shape,a);return t.runWebGLProgram(i,[s],s.dtype)}var V0={kernelName:us,backendName:"webgl",kernelFunc:WT};var gc=class{constructor(e,t,n,r,s){this.variableNames=["A"],this.outputShape=[];let[a,i,c,l]=e;this.outputShape=[a,t,n,l];let u=[r&&t>1?i-1:i,r&&n>1?c-1:c],p=[r&&t>1?t-1:t,r&&n>1?n-1:n],d=r?"0.5":"0.0",f;s?f="max((vec2(yRC) + vec2(0.5)) * effectiveInputOverOutputRatioRC, vec2(0.0))":f="vec2(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec2 effectiveInputOverOutputRatioRC = vec2(
          ${u[0]/p[0]},
          ${u[1]/p[1]});
      const vec2 inputShapeRC = vec2(${i}.0, ${c}.0);

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        ivec2 yRC = coords.yz;

        // Fractional source index.
        vec2 sourceFracIndexRC = ${f};

        // Compute the coordinators of nearest neighbor point.
        ivec2 sourceNearestRC = ivec2(
          min(inputShapeRC - 1.0, floor(sourceFracIndexRC + ${d})));
        float newValue = getA(b, sourceNearestRC.x, sourceNearestRC.y, d);

        setOutput(newValue);
      }
    `}};var Ac=class{constructor(e,t,n,r,s){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[];let[a,i,c,l]=e;this.outputShape=[a,t,n,l];let u=[r&&t>1?i-1:i,r&&n>1?c-1:c],p=[r&&t>1?t-1:t,r&&n>1?n-1:n],d=r?"0.5":"0.0",f;s?f="max((vec3(yRC) + vec3(0.5)) * effectiveInputOverOutputRatioRC, vec3(0.0))":f="vec3(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec3 effectiveInputOverOutputRatioRC = vec3(
          ${u[0]/p[0]},
          ${u[1]/p[1]},
          ${u[1]/p[1]});
      const vec3 inputShapeRC = vec3(${i}.0, ${c}.0,
                                     ${c}.0);

      float getAValue(int b, int r, int c, int d) {
        return getChannel(getA(b, r, c, d), vec2(c, d));
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        // Calculate values for next column in yRC.z.
        ivec3 yRC = coords.yzz + ivec3(0, 0, 1);

        // Fractional source index.
        vec3 sourceFracIndexRC = ${f};

        // Compute the coordinators of nearest neighbor point.
        ivec3 sourceNearestRC = ivec3(
          min(inputShapeRC - 1.0, floor(sourceFracIndexRC + ${d})));

        // Should we calculate next column and row elements in 2x2 packed cell.
        bool hasNextCol = d < ${l-1};
        bool hasNextRow = coords.z < ${n-1};

        vec4 newValue = vec4(
          getAValue(b, sourceNearestRC.x, sourceNearestRC.y, d),
          hasNextCol ? getAValue(b, sourceNearestRC.x, sourceNearestRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceNearestRC.x, sourceNearestRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceNearestRC.x, sourceNearestRC.z, d + 1) : 0.0);

        setOutput(newValue);
      }
    `}};function GT(o){let{inputs:e,backend:t,attrs:n}=o,{images:r}=e,{alignCorners:s,halfPixelCenters:a,size:i}=n,[c,l]=i,u=R().getBool("WEBGL_PACK_IMAGE_OPERATIONS")?new Ac(r.shape,c,l,s,a):new gc(r.shape,c,l,s,a);return t.runWebGLProgram(u,[r],r.dtype)}var z0={kernelName:is,backendName:"webgl",kernelFunc:GT};var xc=class{constructor(e,t,n){this.variableNames=["dy"],this.outputShape=[],this.outputShape=t;let[,r,s]=t,[,a,i]=e,c=[n&&a>1?r-1:r,n&&i>1?s-1:s],l=[n&&a>1?a-1:a,n&&i>1?i-1:i],u=c[0]/l[0],p=c[1]/l[1],d=1/u,f=1/p,h=Math.ceil(d)*2+2,m=Math.ceil(f)*2+2;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        int r = coords[1];
        int c = coords[2];

        float accumulator = 0.0;

        const float heightScale = float(${u});
        const float widthScale = float(${p});

        const float invHeightScale = float(${d});
        const float invWidthScale = float(${f});

        const int winHeight = int(${h});
        const int winWidth = int(${m});

        // Compute bounds for where in dy we will look
        float startRLerp = floor(float(r) * invHeightScale);
        int startDyR = int(floor(startRLerp - float(winHeight / 2)));

        float startCLerp = floor(float(c) * invWidthScale);
        int startDyC = int(floor(startCLerp - float(winWidth / 2)));

        // Loop over dy
        for (int dyROffset = 0; dyROffset < winHeight; dyROffset++) {
          int dyR = dyROffset + startDyR;

          // Guard against the window exceeding the bounds of dy
          if (dyR < 0 || dyR >= ${a}) {
            continue;
          }

          for (int dyCOffset = 0; dyCOffset < winWidth; dyCOffset++) {
            int dyC = dyCOffset + startDyC;

            // Guard against the window exceeding the bounds of dy
            if (dyC < 0 || dyC >= ${i}) {
              continue;
            }

            float sourceFracRow =
              float(${c[0]}) *
                (float(dyR) / float(${l[0]}));

            float sourceFracCol =
                float(${c[1]}) *
                  (float(dyC) / float(${l[1]}));

            int sourceNearestRow = int(min(
                float(int(${r}) - 1),
                ${n} ? float(round(sourceFracRow)) :
                                  float(floor(sourceFracRow))));

            int sourceNearestCol = int(min(
                float(int(${s}) - 1),
                ${n} ? float(round(sourceFracCol)) :
                                  float(floor(sourceFracCol))));

            if (r == sourceNearestRow && c == sourceNearestCol) {
              accumulator += getDy(b, dyR, dyC, d);
            }
          }
        }
        // End loop over dy

        setOutput(accumulator);
      }
    `}};function HT(o){let{inputs:e,backend:t,attrs:n}=o,{images:r,dy:s}=e,{alignCorners:a}=n,i=new xc(s.shape,r.shape,a);return t.runWebGLProgram(i,[s],s.dtype)}var W0={kernelName:cs,backendName:"webgl",kernelFunc:HT};var Cc=class{constructor(e,t){this.variableNames=["x"];let n=e.length;if(n>4)throw new Error(`WebGL backend: Reverse of rank-${n} tensor is not yet supported`);if(this.outputShape=e,n===1){this.userCode=`
        void main() {
          int coord = getOutputCoords();
          setOutput(getX(${e[0]} - coord - 1));
        }
      `;return}let r=i=>t.indexOf(i)!==-1&&e[i]!==1?`${e[i]} - coords[${i}] - 1`:`coords[${i}]`,s=e.map((i,c)=>r(c)).join(","),a=te(n);this.userCode=`
      void main() {
        ${a} coords = getOutputCoords();
        setOutput(getX(${s}));
      }
    `}};var bc=class{constructor(e,t){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0;let n=e.length;if(n>4)throw new Error(`WebGL backend: Reverse of rank-${n} tensor is not yet supported`);this.outputShape=e;let r=ye("rc",n),s=`${r[n-1]} + 1 < ${this.outputShape[n-1]}`,a=`${r[n-2]} + 1 < ${this.outputShape[n-2]}`,i=te(n);n===1?this.userCode=`
        void main(){
          int rc = getOutputCoords();
          vec4 result = vec4(0.);
          result.r = getChannel(getX(${e[0]} - rc - 1),
            ${e[0]} - rc - 1);
          if(${s}){
              result.g = getChannel(getX(${e[0]} - (rc  + 1) - 1),
                ${e[0]} - (rc  + 1) - 1);
          }
          setOutput(result);
        }
      `:this.userCode=`
        void main() {
          ${i} rc = getOutputCoords();
          vec4 result = vec4(0.);
          result.r = ${c(r.slice())};
          if(${s}){
            result.g = ${l(r.slice())};
          }
          if(${a}) {
            result.b = ${u(r.slice())};
            if(${s}) {
              result.a = ${p(r.slice())};
            }
          }
          setOutput(result);
        }
    `;function c(h){return d(h)}function l(h){return h[n-1]="("+h[n-1]+" + 1)",d(h)}function u(h){return h[n-2]="("+h[n-2]+" + 1)",d(h)}function p(h){return h[n-1]="("+h[n-1]+" + 1)",h[n-2]="("+h[n-2]+" + 1)",d(h)}function d(h){let m=e.map((x,b)=>f(b,h)),g=m.join(","),A=m.slice(-2).join(",");return`getChannel(getX(${g}), vec2(${A}))`}function f(h,m){return t.indexOf(h)!==-1&&e[h]!==1?`${e[h]} - ${m[h]} - 1`:`${m[h]}`}}};function qT(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{dims:s}=n,a=r.shape.length,i=C.parseAxisParam(s,r.shape);if(a===0)return we({inputs:{x:r},backend:t});let c=R().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new bc(r.shape,i):new Cc(r.shape,i);return t.runWebGLProgram(c,[r],r.dtype)}var G0={kernelName:ps,backendName:"webgl",kernelFunc:qT};var yc=class{constructor(e,t){this.variableNames=["Image"],this.outputShape=[],this.customUniforms=[{name:"params",type:"vec4"}];let n=e[1],r=e[2];this.outputShape=e;let s="";typeof t=="number"?s=`float outputValue = ${t.toFixed(2)};`:s=`
        vec3 fill = vec3(${t.join(",")});
        float outputValue = fill[coords[3]];`,this.userCode=`
        void main() {
          ivec4 coords = getOutputCoords();
          int x = coords[2];
          int y = coords[1];
          float coordXFloat = (float(x) - params[0]) * params[3] -
            (float(y) - params[1]) * params[2];
          float coordYFloat = (float(x) - params[0]) * params[2] +
            (float(y) - params[1]) * params[3];
          int coordX = int(round(coordXFloat + params[0]));
          int coordY = int(round(coordYFloat + params[1]));
          ${s}
          if(coordX >= 0 && coordX < ${r} && coordY >= 0 && coordY < ${n}) {
            outputValue = getImage(coords[0], coordY, coordX, coords[3]);
          }
          setOutput(outputValue);
        }
    `}};var H0={kernelName:Os,backendName:"webgl",kernelFunc:({inputs:o,attrs:e,backend:t})=>{let{image:n}=o,{radians:r,fillValue:s,center:a}=e,i=t,c=new yc(n.shape,s),[l,u]=w.getImageCenter(a,n.shape[1],n.shape[2]),p=[[l,u,Math.sin(r),Math.cos(r)]];return i.runWebGLProgram(c,[n],n.dtype,p)}};var KT=`
  // OpenGL ES does not support round function.
  // The algorithm is based on banker's rounding.
  float base = floor(x);
  if ((x - base) < 0.5) {
    return floor(x);
  } else if ((x - base) > 0.5) {
    return ceil(x);
  } else {
    if (mod(base, 2.0) == 0.0) {
      return base;
    } else {
      return base + 1.0;
    }
  }
`,XT=Y({opSnippet:KT}),q0={kernelName:on,backendName:"webgl",kernelFunc:XT};var jT="return inversesqrt(x);",YT=Y({opSnippet:jT,cpuKernelImpl:SA}),K0={kernelName:Gl,backendName:"webgl",kernelFunc:YT};var jt=class{constructor(e,t,n,r,s,a,i=!0,c=!1){this.variableNames=["updates","indices","defaultValue"],this.outputShape=a;let l=te(s.length),u=te(a.length),p="";n===1?p="i":n===2&&(p="i, j");let d=`getIndices(${p})`,f="";r===1?f="i":r===2&&(f="i, coords[1]");let h=`getUpdates(${f})`,m="";c&&(m="coords[0], coords[1]");let g=`getDefaultValue(${m})`,A=t>1?"strides[j]":"strides";this.userCode=`
        ${l} strides = ${l}(${s});

        void main() {
          ${u} coords = getOutputCoords();
          float sum = 0.0;
          bool found = false;
          for (int i = 0; i < ${e}; i++) {
            int flattenedIndex = 0;
            for (int j = 0; j < ${t}; j++) {
              int index = round(${d});
              flattenedIndex += index * ${A};
            }
            if (flattenedIndex == coords[0]) {
              sum += ${h};
              found = true;
            }
          }
          setOutput(mix(${g}, sum, float(found)));
        }
      `}};var wc=class{constructor(e,t,n,r,s,a,i=!0,c=!1){this.variableNames=["updates","indices","defaultValue"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=a;let l=te(s.length),u=te(a.length),p="";n===1?p="i":n===2&&(p="i, j");let d=`getIndices(${p})`,f="";r===1?f="i":r===2&&(f="i, coords[1]");let h=`getUpdates(${f})`,m="";c&&(m="coords[0], coords[1]");let g=`getDefaultValue(${m})`,A=t>1?"strides[j]":"strides",x=t>1?"strides[j + 1]":"strides";this.userCode=`
        ${l} strides = ${l}(${s});

        void main() {
          ${u} coords = getOutputCoords();
          vec4 sum = vec4(0.);
          vec4 found = vec4(0.);
          for (int i = 0; i < ${e}; i+=2) {
            ivec2 flattenedIndex = ivec2(0);
            for (int j = 0; j < ${t}; j+=2) {
              ivec4 index = round(${d});
              flattenedIndex += index.xz * ${A};
              if (j + 1 < ${t}) {
                flattenedIndex += index.yw * ${x};
              }
            }
            if (flattenedIndex[0] == coords[0] || flattenedIndex[1] == coords[0] ||
                flattenedIndex[0] == coords[0] + 1 || flattenedIndex[1] == coords[0] + 1) {
              vec4 updVals = ${h};
              if (flattenedIndex[0] == coords[0]) {
                sum.xy += updVals.xy;
                found.xy = vec2(1.);
              } else if (flattenedIndex[0] == coords[0] + 1) {
                sum.zw += updVals.xy;
                found.zw = vec2(1.);
              }
              if (flattenedIndex[1] == coords[0]) {
                sum.xy += updVals.zw;
                found.xy = vec2(1.);
              } else if (flattenedIndex[1] == coords[0] + 1) {
                sum.zw += updVals.zw;
                found.zw = vec2(1.);
              }
            }
          }
          setOutput(mix(${g}, sum, found));
        }
      `}};function JT(o){let{inputs:e,backend:t,attrs:n}=o,{indices:r,updates:s}=e,{shape:a}=n,{sliceRank:i,numUpdates:c,sliceSize:l,strides:u,outputSize:p}=w.calculateShapes(s,r,a),d=[p/l,l];if(p===0)return t.makeTensorInfo(a,r.dtype);let f=U({inputs:{x:r},backend:t,attrs:{shape:[c,i]}}),h=U({inputs:{x:s},backend:t,attrs:{shape:[c,l]}}),m=t.makeTensorInfo([],"float32",new Float32Array([0])),g;R().getBool("WEBGL_PACK")?g=new wc(c,i,f.shape.length,h.shape.length,u,d):g=new jt(c,i,f.shape.length,h.shape.length,u,d);let A=t.runWebGLProgram(g,[h,f,m],h.dtype),x=U({inputs:{x:A},backend:t,attrs:{shape:a}});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(A),t.disposeIntermediateTensorInfo(m),x}var X0={kernelName:ds,backendName:"webgl",kernelFunc:JT};var Ic=class{constructor(e,t,n,r){this.variableNames=["sortedSequence","values"],this.customUniforms=[{name:"numInputs",type:"int"}],this.outputShape=[e,n];let s="while (left < right) {",a=`for (int i = 0; i < ${Math.ceil(Math.log2(t+1))}; ++i) { if (left >= right) break;`,i=R().getNumber("WEBGL_VERSION")===2?s:a,c=r==="left"?"<":"<=";this.userCode=`
       int findBound(int batch, float value) {
         int left = 0;
         int right = numInputs;
         int mid;
         ${i}
           mid = (left + right) / 2;
           if (getSortedSequence(batch, mid) ${c} value) {
             left = mid + 1;
           } else {
             right = mid;
           }
         }
         return right;
       }

       void main() {
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int valueIndex = coords[1];

         float value = getValues(batch, valueIndex);

         setOutput(float(findBound(batch, value)));
       }
     `}};function ZT(o){let{inputs:e,backend:t,attrs:n}=o,{sortedSequence:r,values:s}=e,{side:a}=n,i=new Ic(r.shape[0],r.shape[1],s.shape[1],a),c=[[r.shape[1]]];return t.runWebGLProgram(i,[r,s],"int32",c)}var j0={kernelName:hs,backendName:"webgl",kernelFunc:ZT};var kc=class{constructor(e,t,n){this.variableNames=["c","a","b"],this.outputShape=t;let r,s;if(n>4)throw Error(`Where for rank ${n} is not yet supported`);if(n===1)s="resRC",r="resRC";else{let i=["resRC.x","resRC.y","resRC.z","resRC.w"],c=[],l=[];for(let u=0;u<t.length;u++)l.push(`${i[u]}`),u<e&&c.push(`${i[u]}`);r=c.join(),s=l.join()}let a=te(n);this.userCode=`
      void main() {
        ${a} resRC = getOutputCoords();
        float cVal = getC(${r});
        if (cVal >= 1.0) {
          setOutput(getA(${s}));
        } else {
          setOutput(getB(${s}));
        }
      }
    `}};function eD(o){let{inputs:e,backend:t}=o,{condition:n,t:r,e:s}=e,a=new kc(n.shape.length,r.shape,r.shape.length);return t.runWebGLProgram(a,[n,r,s],Pe(r.dtype,s.dtype))}var Y0={kernelName:ms,backendName:"webgl",kernelFunc:eD};var tD=`
  // Stable and Attracting Fixed Point (0, 1) for Normalized Weights.
  // see: https://arxiv.org/abs/1706.02515
  float scaleAlpha = ${w.SELU_SCALEALPHA};
  float scale = ${w.SELU_SCALE};
  return (x >= 0.0) ? scale * x : scaleAlpha * (exp(x) - 1.0);
`,oD=Y({opSnippet:tD}),J0={kernelName:nn,backendName:"webgl",kernelFunc:oD};var nD=st+`
  return 1.0 / (1.0 + exp(-1.0 * x));
`,rD=`
  vec4 result = 1.0 / (1.0 + exp(-1.0 * x));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,sD=Y({opSnippet:nD,packedOpSnippet:rD,cpuKernelImpl:_A}),Z0={kernelName:ql,backendName:"webgl",kernelFunc:sD};var aD=`
  if (isnan(x)) { return 0.0; }
  return sign(x);
`,iD=Y({opSnippet:aD}),eb={kernelName:an,backendName:"webgl",kernelFunc:iD};var cD=st+`
  return sin(x);
`,lD=`
  vec4 result = sin(x);
  bvec4 isNaN = isnan(x);
  ${Ke}
  return result;
`,uD=Y({opSnippet:cD,packedOpSnippet:lD}),tb={kernelName:"Sin",backendName:"webgl",kernelFunc:uD};var pD=`
  float e2x = exp(x);
  return (e2x - 1.0 / e2x) / 2.0;
`,dD=Y({opSnippet:pD}),ob={kernelName:sn,backendName:"webgl",kernelFunc:dD};var fD=`
  float epsilon = 1.1920928955078125e-7;
  float threshold = log(epsilon) + 2.0;

  bool too_large = x > -threshold;
  bool too_small = x < threshold;

  float result;
  float exp_x = exp(x);

  if (too_large){
    result = x;
  }
  else if (too_small){
    result = exp_x;
  }
  else{
    result = log(exp_x + 1.0);
  }
  return result;
`,hD=Y({opSnippet:fD}),nb={kernelName:cn,backendName:"webgl",kernelFunc:hD};var mD=o=>{let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{blockShape:s,paddings:a}=n;C.assert(r.shape.length<=4,()=>"spaceToBatchND for rank > 4 with a WebGL backend not implemented yet");let i=s.reduce((A,x)=>A*x),c=[[0,0]];c.push(...a);for(let A=1+s.length;A<r.shape.length;++A)c.push([0,0]);let l=[],u=lp({inputs:{x:r},backend:t,attrs:{paddings:c,constantValue:0}}),p=w.getReshaped(u.shape,s,i,!1),d=w.getPermuted(p.length,s.length,!1),f=w.getReshapedPermuted(u.shape,s,i,!1),h=U({inputs:{x:u},backend:t,attrs:{shape:p}}),m=ge({inputs:{x:h},backend:t,attrs:{perm:d}}),g=U({inputs:{x:m},backend:t,attrs:{shape:f}});return l.push(u),l.push(h),l.push(m),l.forEach(A=>t.disposeIntermediateTensorInfo(A)),g},rb={kernelName:As,backendName:"webgl",kernelFunc:mD};function gD(o){let{inputs:e,backend:t}=o,{indices:n,values:r,denseShape:s,defaultValue:a}=e;if(s.shape.length!==1)throw new Error(`Dense shape must be a vector, saw:
         ${s.shape}`);if(n.shape.length!==2)throw new Error(`Indices must be a matrix, saw:
         ${n.shape}`);if(r.shape.length!==1)throw new Error(`Values must be a vector, saw:
         ${r.shape}`);if(a.shape.length!==0)throw new Error(`Default value must be a scalar, saw:
        ${a.shape}`);let i=t.readSync(n.dataId),c=t.readSync(r.dataId),l=t.readSync(s.dataId),u=t.readSync(a.dataId)[0],[p,d,f,h,m]=$A(i,n.shape,n.dtype,c,r.dtype,l,u);return[t.makeTensorInfo(d,n.dtype,p),t.makeTensorInfo([d[0]],r.dtype,f),t.makeTensorInfo([h.length],"bool",new Uint8Array(h.map(g=>Number(g)))),t.makeTensorInfo([m.length],n.dtype,new Int32Array(m))]}var sb={kernelName:bs,backendName:"webgl",kernelFunc:gD};function AD(o){let{inputs:e,backend:t}=o,{inputIndices:n,inputShape:r,newShape:s}=e;if(n.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape ${n.shape}`);if(r.shape.length!==1)throw new Error(`Input shape should be a vector but received shape ${r.shape}`);if(s.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${s.shape}`);let a=Array.from(t.readSync(r.dataId)),i=t.readSync(n.dataId),c=Array.from(t.readSync(s.dataId)),[l,u,p]=RA(i,n.shape,n.dtype,a,c);return[t.makeTensorInfo(u,n.dtype,l),t.makeTensorInfo([p.length],s.dtype,new Int32Array(p))]}var ab={kernelName:ys,backendName:"webgl",kernelFunc:AD};function xD(o){let{inputs:e,backend:t}=o,{data:n,indices:r,segmentIds:s}=e;if(n.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(r.shape.length!==1)throw new Error(`Indices should be a vector but received shape
              ${r.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
              ${s.shape}`);let a=t.readSync(n.dataId),i=t.readSync(r.dataId),c=t.readSync(s.dataId),[l,u]=si(a,n.shape,n.dtype,i,c,!0);return t.makeTensorInfo(u,n.dtype,l)}var ib={kernelName:ws,backendName:"webgl",kernelFunc:xD};function CD(o){let{inputs:e,backend:t}=o,{data:n,indices:r,segmentIds:s}=e;if(n.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(r.shape.length!==1)throw new Error(`Indices should be a vector but received shape
             ${r.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
             ${s.shape}`);let a=t.readSync(n.dataId),i=t.readSync(r.dataId),c=t.readSync(s.dataId),[l,u]=si(a,n.shape,n.dtype,i,c);return t.makeTensorInfo(u,n.dtype,l)}var cb={kernelName:Is,backendName:"webgl",kernelFunc:CD};function bD(o){let{inputs:e,backend:t,attrs:n}=o,{sparseIndices:r,sparseValues:s,defaultValue:a}=e,{outputShape:i}=n,{sliceRank:c,numUpdates:l,sliceSize:u,strides:p,outputSize:d}=w.calculateShapes(s,r,i),f=!1;if(s.dtype==="string"){let A=t.bufferSync(r),x=t.bufferSync(s),b=C.decodeString(t.readSync(a.dataId)[0]),y=EA(A,x,i,d,u,l,c,p,b,f);return t.makeTensorInfo(i,y.dtype,y.values)}let h=new jt(l,c,r.shape.length,s.shape.length,p,[d,1],f),m=t.runWebGLProgram(h,[s,r,a],s.dtype),g=U({inputs:{x:m},backend:t,attrs:{shape:i}});return t.disposeIntermediateTensorInfo(m),g}var lb={kernelName:ks,backendName:"webgl",kernelFunc:bD};function yD(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{numOrSizeSplits:s,axis:a}=n,i=C.parseAxisParam(a,r.shape)[0],c=w.prepareSplitSize(r,s,i),l=r.shape.length,u=new Array(l).fill(0),p=r.shape.slice();return c.map(d=>{let f=[...p];f[i]=d;let h=ht({inputs:{x:r},backend:t,attrs:{begin:u,size:f}});return u[i]+=d,h})}var ub={kernelName:xs,backendName:"webgl",kernelFunc:yD};var pb="return sqrt(x);",wD=Y({opSnippet:pb,packedOpSnippet:pb,cpuKernelImpl:NA}),db={kernelName:Kl,backendName:"webgl",kernelFunc:wD};var ID="return x * x;",kD=Y({opSnippet:ID}),fb={kernelName:Ss,backendName:"webgl",kernelFunc:kD};var hb="return (a - b) * (a - b);",SD=ie({opSnippet:hb,packedOpSnippet:hb}),mb={kernelName:Xl,backendName:"webgl",kernelFunc:SD};function ED(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e;if(r.dtype!=="string")throw new Error("Input must be of datatype string");let s=t.readSync(r.dataId),a=w.fromUint8ToStringArray(s),i=TA(a,"string",n);return t.makeTensorInfo(r.shape,"string",i)}var gb={kernelName:jl,backendName:"webgl",kernelFunc:ED};function _D({inputs:o,attrs:e,backend:t}){let{x:n}=o,r=Ee+`
    return x > 0.0 ? 1.0 : float(${e.alpha});
  `,s=new Ne(n.shape,r);return t.runWebGLProgram(s,[n],n.dtype)}var Ab={kernelName:pn,backendName:"webgl",kernelFunc:_D};var Sc=class{constructor(e,t,n){this.variableNames=["x"],this.outputShape=n;let r=n.length,s=te(n.length),a=te(n.length),i="";if(r===1)i="coords * strides + begin";else{let c=0;i=n.map((l,u)=>(c++,n.length===1?`coords * strides[${u}] + begin[${u}]`:`coords[${c-1}] * strides[${u}] + begin[${u}]`)).join(",")}this.userCode=`
      ${s} begin = ${s}(${e});
      ${s} strides = ${s}(${t});

      void main() {
        ${a} coords = getOutputCoords();
        setOutput(getX(${i}));
      }
    `}};function vD(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{begin:s,end:a,strides:i,beginMask:c,endMask:l,ellipsisMask:u,newAxisMask:p,shrinkAxisMask:d}=n,{finalShapeSparse:f,finalShape:h,isIdentity:m,sliceDim0:g,isSimpleSlice:A,begin:x,end:b,strides:y}=nt.sliceInfo(r.shape,s,a,i,c,l,u,p,d),I;if(m)I=U({inputs:{x:r},backend:t,attrs:{shape:h}});else if(g||A){C.assert(r.shape.length>=1,()=>`Input must have rank at least 1, got: ${r.shape.length}`);let S=nt.computeOutShape(x,b,y),E=ht({inputs:{x:r},backend:t,attrs:{begin:x,size:S}});I=U({inputs:{x:E},backend:t,attrs:{shape:h}}),t.disposeIntermediateTensorInfo(E)}else if(t.shouldExecuteOnCPU([r])){let E=t.readSync(r.dataId),_=ae(r.shape,r.dtype,E),v=DA(f,_,y,x);I=t.makeTensorInfo(h,r.dtype,v.values)}else{let E=new Sc(x,y,f);I=t.runWebGLProgram(E,[r],r.dtype)}let k=U({inputs:{x:I},backend:t,attrs:{shape:h}});return t.disposeIntermediateTensorInfo(I),k}var xb={kernelName:Es,backendName:"webgl",kernelFunc:vD};function $D(o){let{inputs:e,backend:t,attrs:n}=o,{separator:r,nGramWidths:s,leftPad:a,rightPad:i,padWidth:c,preserveShortSequences:l}=n,{data:u,dataSplits:p}=e,d=t.readSync(u.dataId),f=t.readSync(p.dataId),[h,m]=BA(d,f,r,s,a,i,c,l);return[t.makeTensorInfo([h.length],"string",h),t.makeTensorInfo(p.shape,"int32",m)]}var Cb={kernelName:_s,backendName:"webgl",kernelFunc:$D};function RD(o){let{inputs:e,backend:t,attrs:n}=o,{skipEmpty:r}=n,{input:s,delimiter:a}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(s.shape.length!==1)throw new Error(`Input must be a vector, got shape: ${s.shape}`);if(a.shape.length!==0)throw new Error(`Delimiter must be a scalar, got shape: ${a.shape}`);let i=t.readSync(s.dataId),c=t.readSync(a.dataId)[0],[l,u,p]=FA(i,c,r),d=u.length;return[t.makeTensorInfo([d,2],"int32",l),t.makeTensorInfo([d],"string",u),t.makeTensorInfo([2],"int32",new Int32Array(p))]}var bb={kernelName:vs,backendName:"webgl",kernelFunc:RD};function ND(o){let{inputs:e,backend:t,attrs:n}=o,{numBuckets:r}=n,{input:s}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(r<=0)throw new Error("Number of buckets must be at least 1");let a=t.readSync(s.dataId),i=PA(a,r);return t.makeTensorInfo(s.shape,"int32",i)}var yb={kernelName:$s,backendName:"webgl",kernelFunc:ND};var TD="return tan(x);",DD=Y({opSnippet:TD}),wb={kernelName:"Tan",backendName:"webgl",kernelFunc:DD};var BD=`
  float e2x = exp(-2.0 * abs(x));
  return sign(x) * (1.0 - e2x) / (1.0 + e2x);
`,FD=Y({opSnippet:BD}),Ib={kernelName:un,backendName:"webgl",kernelFunc:FD};function PD(o){let{inputs:e,backend:t,attrs:n}=o,{tensor:r,indices:s,updates:a}=e,{}=n,{sliceRank:i,numUpdates:c,sliceSize:l,strides:u,outputSize:p}=w.calculateShapes(a,s,r.shape),d=[p/l,l];if(p===0)return t.makeTensorInfo(r.shape,s.dtype);let f=U({inputs:{x:s},backend:t,attrs:{shape:[c,i]}}),h=U({inputs:{x:a},backend:t,attrs:{shape:[c,l]}}),m=U({inputs:{x:r},backend:t,attrs:{shape:d}}),g=new jt(c,i,f.shape.length,h.shape.length,u,d,!1,!0),A=t.runWebGLProgram(g,[h,f,m],m.dtype),x=U({inputs:{x:A},backend:t,attrs:{shape:r.shape}});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(A),x}var kb={kernelName:fs,backendName:"webgl",kernelFunc:PD};var Ec=class{constructor(e,t){this.variableNames=["A"];let n=new Array(e.length);for(let a=0;a<n.length;a++)n[a]=e[a]*t[a];this.outputShape=n,this.rank=n.length;let r=te(this.rank),s=OD(e);this.userCode=`
      void main() {
        ${r} resRC = getOutputCoords();
        setOutput(getA(${s}));
      }
    `}};function OD(o){let e=o.length;if(e>5)throw Error(`Tile for rank ${e} is not yet supported`);if(e===1)return`imod(resRC, ${o[0]})`;let t=["resRC.x","resRC.y","resRC.z","resRC.w","resRC.u"],n=[];for(let r=0;r<o.length;r++)n.push(`imod(${t[r]}, ${o[r]})`);return n.join()}function pp(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{reps:s}=n;if(r.dtype==="string"||r.shape.length>5){let c=t.readSync(r.dataId),l=r.dtype==="string"?c.map(d=>C.decodeString(d)):c,u=ae(r.shape,r.dtype,l),p=LA(u,s);return t.makeTensorInfo(p.shape,p.dtype,p.values)}let a=new Ec(r.shape,s);return t.runWebGLProgram(a,[r],r.dtype)}var Sb={kernelName:Rs,backendName:"webgl",kernelFunc:pp};var _c=class{constructor(e){this.variableNames=["x","indices"],this.customUniforms=[{name:"n",type:"int"},{name:"firstPass",type:"int"},{name:"negativeInf",type:"float"},{name:"dir",type:"int"},{name:"inc",type:"int"}],this.outputShape=e,this.userCode=`
       void main() {
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int elemIdx = coords[1];

         // We compare elements pair-wise within a group of size 2 * inc.
         // The comparing rule for each group alternates between ascending
         // and descending. Within each group, we compare each pair at
         // positions i and i+inc. To decide whether an element at position i
         // is x0 or x1, we mod it by 2 * inc, if the result is smaller than
         // inc, it is in the first half of the group, we denote it as x0,
         // otherwise we denote it as x1.
         // For example, as shown in the Bitonic top K paper referenced above,
         // Figure5(a) shows that element[1] is in the
         // second half of the group when group size is 2, but it is in the
         // first half of the group when group size is 4.

         bool isFirstInPair = imod(elemIdx, 2 * inc) < inc;
         int i = isFirstInPair ? elemIdx : elemIdx - inc;

         int i0 = firstPass == 1 ? i : int(getIndices(batch, i));
         int i1 = firstPass == 1 ? i + inc : int(getIndices(batch, i + inc));
         float x0 = i0 < n ? getX(batch, i0) : negativeInf;
         float x1 = i1 < n ? getX(batch, i1) : negativeInf;

         // Denotes which direction indices are in (ascending or descending).
         bool reverse = imod(elemIdx, 2 * dir) >= dir;
         bool isGreater = x0 > x1 || (x0 == x1 && i1 > i0);
         if (reverse == isGreater) { // Elements in opposite order of direction
           int iTemp = i0;
           i0 = i1;
           i1 = iTemp;
         }
         if (isFirstInPair) {
            setOutput(float(i0));
         } else {
            setOutput(float(i1));
         }
       }
     `}},vc=class{constructor(e){this.variableNames=["x","indices"],this.customUniforms=[{name:"n",type:"int"},{name:"firstPass",type:"int"},{name:"k",type:"int"}],this.outputShape=e,this.userCode=`
    void main() {
         // Takes max of indices (0, k), (1, k + 1), (2, k + 2) ...
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int elemIdx = coords[1];

         // The output size is half of the previous size.
         // If the previous sequence is | | | | _ _ _ _  | | | |  _ _ _ _ (k=4),
         // we only need to output the indices at positions |, the indices at
         // positions _ can be thrown away, see Figure5(b) After Phase 2
         // (Merge phase) in the Bitonic Top K paper referenced above.
         // For example, the paper shows we only need to output the orange bars.
         // The output sequence should look like this | | | | | | | |.
         // Because the sequence is halved, to map the output index back
         // to the previous sequence to find the corresponding value,
         // we need to double the index. When we double the index,
         // we basically interpolate a position, so 2i looks like
         // | _ | _ | _ | _ | _ | _ | _. We move the | to the first k position
         // of each 2k positions by - elemIdx % k. E.g. for output at
         // index 4,5,6,7, we want to get the corresponding element at
         // original index 8,9,10,11, for output at index 8,9,10,11,
         // we want to get the corresponding element at original index
         // 16,17,18,19, so on and so forth.

         int i = elemIdx < k ? elemIdx : (elemIdx * 2 - imod(elemIdx, k));
         int i0 = firstPass == 1 ? i : int(getIndices(batch, i));
         int i1 = firstPass == 1 ? i + k : int(getIndices(batch, i + k));

         float x0 = getX(batch, i0);
         float x1 = i1 < n ? getX(batch, i1) : x0;

         setOutput(x0 >= x1 ? float(i0) : float(i1));
       }
     `}};function yo(o,e){e!==null&&o.disposeIntermediateTensorInfo(e)}function Eb(o){let e=1;for(;e<o;)e*=2;return e}function LD(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{k:s,sorted:a}=n,i=R().getNumber("TOPK_LAST_DIM_CPU_HANDOFF_SIZE_THRESHOLD"),c=R().getNumber("TOPK_K_CPU_HANDOFF_THRESHOLD"),l=r.shape,u=l[l.length-1];if(t.shouldExecuteOnCPU([r])||u<i||s>c){let v=t.readSync(r.dataId),[B,N]=MA(v,l,r.dtype,s,a);return[t.makeTensorInfo(B.shape,B.dtype,B.values),t.makeTensorInfo(N.shape,N.dtype,N.values)]}if(s===0)return l[l.length-1]=0,[t.makeTensorInfo(l,r.dtype,[]),t.makeTensorInfo(l,"int32",[])];if(u===1)return[r,Ft({attrs:{shape:l,dtype:"int32",value:0},backend:t})];let p=t.texData.get(r.dataId),d=p!==null&&p.isPacked,f=d?t.unpackTensor(r):r,m=C.sizeFromShape(l)/u,g=U({inputs:{x:f},attrs:{shape:[m,u]},backend:t});d&&yo(t,f);let A=Eb(s),x=Eb(u),b=null,y=()=>b===null?[g,g]:[g,b],I=(v,B,N)=>{let T=y(),F=new _c(N),O=[[u],[b===null?1:0],[Number.NEGATIVE_INFINITY],[v],[B]],M=b;b=t.runWebGLProgram(F,T,"int32",O),yo(t,M)};for(let v=1;v<A;v*=2){let B=v*2;for(let N=v;N>=1;N/=2)I(B,N,[m,x])}for(let v=x;v>A;v/=2){let B=y(),N=new vc([m,v/2]),F=[[u],[b===null?1:0],[A]],D=b;b=t.runWebGLProgram(N,B,"int32",F),yo(t,D);let O=A/2,M=O*2;for(let $=O;$>=1;$/=2)I(M,$,b.shape)}let k=b;b=ht({inputs:{x:b},backend:t,attrs:{begin:0,size:[m,s]}}),yo(t,k);let S=rp({inputs:{x:g,indices:b},backend:t,attrs:{axis:1,batchDims:1}});yo(t,g);let E=l.slice(0,-1);E.push(s),k=b,b=U({inputs:{x:b},attrs:{shape:E},backend:t}),yo(t,k);let _=S;return S=U({inputs:{x:S},attrs:{shape:E},backend:t}),yo(t,_),[S,b]}var _b={kernelName:Ns,backendName:"webgl",kernelFunc:LD};var $c=class{constructor(e,t,n,r,s,a){this.variableNames=["Image","Transforms"],this.outputShape=a;let i=n==="nearest"?1:2,c;switch(r){case"constant":c=1;break;case"reflect":c=2;break;case"wrap":c=3;break;case"nearest":c=4;break;default:c=1;break}this.userCode=`
            float mapCoord(float outCoord, float len) {
              float inCoord = outCoord;
              if(${c} == 2) {
                if (inCoord < 0.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz2 = 2.0 * len;
                    if (inCoord < sz2) {
                      inCoord = sz2 * float(int(float(-inCoord / sz2))) +
                      inCoord;
                    }
                    inCoord = inCoord < -len ? inCoord + sz2 : -inCoord - 1.0;
                  }
                } else if (inCoord > len - 1.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz2 = 2.0 * len;
                    inCoord -= sz2 * float(int(float(inCoord / sz2)));
                    if (inCoord >= len) {
                      inCoord = sz2 - inCoord - 1.0;
                    }
                  }
                }
                return clamp(inCoord, 0.0, len - 1.0);
              } else if (${c} == 3) {
                if (inCoord < 0.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz = len - 1.0;
                    inCoord += len * (float(int(float(-inCoord / sz))) + 1.0);
                  }
                } else if (inCoord > len - 1.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz = len - 1.0;
                    inCoord -= len * float(int(float(inCoord / sz)));
                  }
                }
                return clamp(inCoord, 0.0, len - 1.0);
              } else if (${c} == 4) {
                return clamp(outCoord, 0.0, len - 1.0);
              } else {
                return outCoord;
              }
            }

            float readWithFillValue(int batch, int coordY, int coordX,
              int channel) {
              float outputValue;
              if (0 <= coordY && coordY < ${e} && 0 <= coordX && coordX < ${t}) {
                  outputValue = getImage(batch, coordY, coordX, channel);
              } else {
                outputValue = float(${s});
              }
              return outputValue;
            }

            void main() {
              ivec4 coords = getOutputCoords();
              float outputValue;
              int batch = coords[0];
              int x = coords[2];
              int y = coords[1];
              int channel = coords[3];
              float xf = float(x);
              float yf = float(y);
              float a1 = getTransforms(batch, 0);
              float a2 = getTransforms(batch, 1);
              float a3 = getTransforms(batch, 2);
              float b1 = getTransforms(batch, 3);
              float b2 = getTransforms(batch, 4);
              float b3 = getTransforms(batch, 5);
              float c1 = getTransforms(batch, 6);
              float c2 = getTransforms(batch, 7);
              float projection = c1 * xf + c2 * yf + 1.0;
              if (projection == 0.0) {
                outputValue = float(${s});
              } else {
                float inX = (a1 * xf + a2 * yf + a3) / projection;
                float inY = (b1 * xf + b2 * yf + b3) / projection;
                float mapX = mapCoord(inX, float(${t}));
                float mapY = mapCoord(inY, float(${e}));

                if (${i} == 1) {
                  int coordY = int(round(mapY));
                  int coordX = int(round(mapX));
                  outputValue = readWithFillValue(batch, coordY, coordX,
                    channel);
                } else {
                  float yFloor = floor(mapY);
                  float xFloor = floor(mapX);
                  float yCeil = yFloor + 1.0;
                  float xCeil = xFloor + 1.0;
                  float valueYFloor = (xCeil - mapX) *
                  readWithFillValue(batch, int(yFloor), int(xFloor), channel) +
                  (mapX - xFloor) *
                  readWithFillValue(batch, int(yFloor), int(xCeil), channel);
                  float valueYCeil = (xCeil - mapX) *
                  readWithFillValue(batch, int(yCeil), int(xFloor), channel) +
                  (mapX - xFloor) *
                  readWithFillValue(batch, int(yCeil), int(xCeil), channel);
                  outputValue = (yCeil - mapY) * valueYFloor +
                  (mapY - yFloor) * valueYCeil;
                }
              }
              setOutput(outputValue);
            }
        `}};function MD(o){let{inputs:e,backend:t,attrs:n}=o,{image:r,transforms:s}=e,{interpolation:a,fillMode:i,fillValue:c,outputShape:l}=n,[u,p,d,f]=r.shape,[h,m]=l??[p,d],g=[u,h,m,f],A=new $c(p,d,a,i,c,g);return t.runWebGLProgram(A,[r,s],"float32")}var vb={kernelName:Ts,backendName:"webgl",kernelFunc:MD};function QD(o){let{inputs:e,attrs:t,backend:n}=o,{axis:r}=t,{x:s}=e;yt(s,"unique"),console.warn("WARNING: ","UI might be locked temporarily as data is being downloaded");let a=n.readSync(s.dataId),{outputValues:i,outputShape:c,indices:l}=QA(a,r,s.shape,s.dtype);return[n.makeTensorInfo(c,s.dtype,i),n.makeTensorInfo([l.length],"int32",l)]}var $b={kernelName:Ds,backendName:"webgl",kernelFunc:QD};function UD(o){let{inputs:e,backend:t,attrs:n}=o,{value:r}=e,{axis:s}=n;s<0&&(s+=r.shape.length);let a=r,i=a.shape.length,c=r.shape[s],l=new Array(i-1),u=0;for(let m=0;m<i;m++)m!==s&&(l[u++]=a.shape[m]);let p=[],d=new Array(i).fill(0),f=a.shape.slice();f[s]=1;let h=new Array(c);for(let m=0;m<h.length;m++){d[s]=m;let g=ht({inputs:{x:a},backend:t,attrs:{begin:d,size:f}}),A=U({inputs:{x:g},backend:t,attrs:{shape:l}});h[m]=A,p.push(g)}return p.forEach(m=>t.disposeIntermediateTensorInfo(m)),h}var Rb={kernelName:Bs,backendName:"webgl",kernelFunc:UD};var Rc=class{constructor(e,t){this.variableNames=["x","segmentIds"];let n=e.windowSize,r=e.batchSize,s=e.inSize,a=e.numSegments,i=a*Math.ceil(s/n);this.outputShape=[r,i];let c="0.0",l="sumValue",u=Math.floor(n/4)*4,p=n%4,d=`
        sumValue += dot(values, segFilter);
    `,f="";s%n>0&&(f=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return initializationValue;
        }
      `);let h="";s%n>0&&(h=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return -1.0;
        }
      `),this.userCode=`
      const float initializationValue = ${c};

      float getValue(int batch, int inIdx) {
        ${f}
        return getX(batch, inIdx);
      }

      float getSegmentIdAtIndex(int inIdx) {
        ${h}
        return getSegmentIds(inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = int(floor(float(outIdx) / float(
          ${a})) * float(${n}));
        int currentSeg = int(mod(float(outIdx), float(${a})));

        float sumValue = 0.0;

        for (int i = 0; i < ${u}; i += 4) {
          int inIdx = inOffset + i;
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 2)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 3)) == currentSeg ? 1 : 0
          );

          ${d}
        }

        int inIdx = inOffset + ${u};
        if (${p===1}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            initializationValue,
            initializationValue,
            initializationValue
          );

          int inIdxSeg = int(getSegmentIdAtIndex(inIdx));

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            0,
            0,
            0
          );

          ${d}
        } else if (${p===2}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            initializationValue,
            initializationValue
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
              0,
              0
          );

          ${d}
        } else if (${p===3}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            initializationValue
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 2)) == currentSeg ? 1 : 0,
            0
          );

          ${d}
        }
        setOutput(${l});
      }
    `}};function VD(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,segmentIds:s}=e,{numSegments:a}=n,i=r.shape.length,c=[],l=0,u=w.getAxesPermutation([l],i),p=r;u!=null&&(p=ge({inputs:{x:r},backend:t,attrs:{perm:u}}),c.push(p),l=w.getInnerMostAxes(1,i)[0]);let d=w.segment_util.computeOutShape(p.shape,l,a),f=C.sizeFromShape([p.shape[l]]),h=U({inputs:{x:p},backend:t,attrs:{shape:[-1,f]}});c.push(h);let m=no(r.dtype),g=(y,I,k,S,E)=>{let _=y.shape[0],v=y.shape[1],B=w.segment_util.segOpComputeOptimalWindowSize(v,E),N={windowSize:B,inSize:v,batchSize:_,numSegments:E},T=new Rc(N,I),F=t.compileAndRun(T,[y,k],S);if(c.push(F),F.shape[1]===E)return F;let D=up({backend:t,attrs:{start:0,stop:E,step:1,dtype:"float32"}}),O=pp({inputs:{x:D},backend:t,attrs:{reps:[v/B]}});return c.push(D),c.push(O),g(F,I,O,S,E)},A=g(h,"unsortedSegmentSum",s,m,a),x=U({inputs:{x:A},backend:t,attrs:{shape:d}}),b=x;if(u!=null){c.push(x);let y=w.getUndoAxesPermutation(u);b=ge({inputs:{x:b},backend:t,attrs:{perm:y}})}return c.forEach(y=>t.disposeIntermediateTensorInfo(y)),b}var Nb={kernelName:Fs,backendName:"webgl",kernelFunc:VD};var zD=[fx,mx,gx,Ax,Cx,bx,yx,wx,Sx,Ex,_x,vx,$x,Rx,Nx,Tx,Dx,Bx,Fx,Px,Ox,Mx,Qx,Ux,Vx,Hx,Kx,Xx,nx,Yx,Zx,eC,tC,oC,nC,rC,sC,aC,iC,cC,pC,dC,fC,hC,mC,gC,AC,xC,CC,bC,yC,wC,IC,kC,SC,EC,vC,$C,RC,NC,DC,BC,FC,PC,OC,LC,MC,QC,UC,ox,VC,Jx,zC,WC,GC,rx,HC,qC,KC,XC,jC,YC,JC,ZC,e0,t0,n0,r0,s0,a0,i0,c0,u0,d0,f0,h0,m0,g0,y0,ix,w0,I0,k0,S0,zx,E0,$0,R0,N0,T0,sx,D0,B0,F0,P0,O0,Wx,A0,L0,M0,Q0,lx,U0,V0,z0,W0,G0,H0,q0,K0,X0,j0,Y0,J0,Z0,eb,tb,ob,Lx,b0,nb,rb,sb,ab,ib,cb,lb,ub,db,fb,mb,gb,Ab,xb,Cb,bb,yb,C0,px,wb,Ib,kb,Sb,_b,vb,dx,$b,Rb,Nb,_0];for(let o of zD)Us(o);var WD=new Uint8Array(new Uint32Array([1]).buffer)[0]===1;function Pt(){return typeof process<"u"&&process.versions!=null&&process.versions.node!=null&&typeof window>"u"}var GD="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",HD=(()=>{let o=new Int16Array(128).fill(-1);for(let e=0;e<64;e++)o[GD.charCodeAt(e)]=e;return o})();function wo(o,e="base64 data"){if(typeof o!="string")throw new Error(`${e}: expected a base64 string, got ${typeof o}`);let t=o.length;if(t%4!==0)throw new Error(`${e}: corrupt base64 (length ${t} is not a multiple of 4)`);let n=0;t>0&&o.charCodeAt(t-1)===61&&n++,t>1&&o.charCodeAt(t-2)===61&&n++;let r=t/4*3-n,s=new Uint8Array(r),a=0;for(let i=0;i<t;i+=4){let c=i+4===t,l=0;for(let u=0;u<4;u++){let p=o.charCodeAt(i+u),d=p<128?HD[p]:-1;if(d<0)if(p===61&&c&&u>=4-n)d=0;else{let f=JSON.stringify(o[i+u]);throw new Error(`${e}: corrupt base64 (invalid character ${f} at offset ${i+u})`)}l=l<<6|d}s[a++]=l>>>16&255,a<r&&(s[a++]=l>>>8&255),a<r&&(s[a++]=l&255)}return s}function Io(o,e="base64 data"){if(typeof o!="string")throw new Error(`${e}: expected a base64 string, got ${typeof o}`);let t=o.length;if(t%4!==0)throw new Error(`${e}: corrupt base64 (length ${t} is not a multiple of 4)`);let n=0;return t>0&&o.charCodeAt(t-1)===61&&n++,t>1&&o.charCodeAt(t-2)===61&&n++,t/4*3-n}function Nc(o){if(o.byteLength%4!==0)throw new Error(`float32 data has ${o.byteLength} bytes, not a multiple of 4`);let e=o.byteLength/4;if(WD)return o.byteOffset%4===0?new Float32Array(o.buffer,o.byteOffset,e):new Float32Array(o.slice().buffer,0,e);let t=new DataView(o.buffer,o.byteOffset,o.byteLength),n=new Float32Array(e);for(let r=0;r<e;r++)n[r]=t.getFloat32(4*r,!0);return n}function Tc(o,e){if(!Array.isArray(o)||!o.every(t=>Number.isInteger(t)&&t>=0))throw new Error(`${e}: shape must be a list of non-negative integers, got ${JSON.stringify(o)}`);return o.reduce((t,n)=>t*n,1)}function qD(o){let e=o.byteLength/2,t=new Float32Array(e),n=new Uint32Array(t.buffer);for(let r=0;r<e;r++)n[r]=(o[2*r+1]<<8|o[2*r])<<16;return t}function Fb(o){let e=o.byteLength/2,t=new Float32Array(e);for(let n=0;n<e;n++){let r=o[2*n+1]<<8|o[2*n],s=r&32768?-1:1,a=r>>10&31,i=r&1023;a===0?t[n]=s*i*2**-24:a===31?t[n]=i?NaN:s*(1/0):t[n]=s*(1+i/1024)*2**(a-15)}return t}function Pb(o,e,t){let n=t.length===0?1:t[0],r=o.length,s=n===0?0:r/n,a=new Float32Array(r);for(let i=0;i<n;i++){let c=e[i],l=i*s;for(let u=0;u<s;u++)a[l+u]=o[l+u]*c}return a}var Tb=Object.freeze([32,64,128]),Ob=Object.freeze({float16:2,float32:4});function fp(o,e,t,n){if(!Tb.includes(e))throw new Error(`tensor "${o}": q4 group_size ${JSON.stringify(e)} is not one of ${Tb.join(", ")}`);if(!(t in Ob))throw new Error(`tensor "${o}": q4 scale_dtype ${JSON.stringify(t)} is not "float16" or "float32"`);return Object.freeze({groupSize:e,scaleDtype:t,affine:!!n})}function Db(o,e){return e==="float16"?Fb(o):Nc(o)}function KD(o,e,t,n,r){let[s,a]=n,i=a/r,c=r/2,l=new Float32Array(s*a);for(let u=0;u<s;u++)for(let p=0;p<i;p++){let d=u*i+p,f=e[d],h=t?t[d]:0,m=u*a+p*r,g=m/2;for(let A=0;A<c;A++){let x=o[g+A],b=x&15,y=x>>4;t?(l[m+2*A]=Math.fround(f*b)+h,l[m+2*A+1]=Math.fround(f*y)+h):(l[m+2*A]=f*(b-8),l[m+2*A+1]=f*(y-8))}}return l}function Pn(o,e){let t=-1,n=0;for(let r=0;r<e.length;r++){let s=e[r];s-s!==0&&(t<0&&(t=r),n++)}if(n)throw new Error(`tensor "${o}" has ${n} non-finite value(s) of ${e.length}, the first ${e[t]} at flat index ${t}; the bundle is corrupt or was made from a diverged run: re-export it from a finite checkpoint`);return e}function On(o,e,t,n,r,s,a){let i=Tc(t,`tensor "${o}"`);if(e==="q4"){if(!s)throw new Error(`tensor "${o}": q4 tensor without its layout (group_size, scale_dtype)`);if(t.length!==2||t[1]%s.groupSize!==0)throw new Error(`tensor "${o}": q4 tensors are 2-D with columns a multiple of the group size ${s.groupSize}, got shape ${JSON.stringify(t)}`);if(n!==i/2)throw new Error(`tensor "${o}": q4 data has ${n} bytes, expected ${i/2} (two values a byte, shape ${JSON.stringify(t)})`);let c=i/s.groupSize*Ob[s.scaleDtype];if(r!==c)throw new Error(`tensor "${o}": q4 scale has ${r} bytes, expected ${c} (one ${s.scaleDtype} per group of ${s.groupSize})`);if(s.affine?a!==c:a!==void 0)throw new Error(`tensor "${o}": q4 offset has ${a??"no"} bytes, expected ${s.affine?c:"none (symmetric groups)"}`);return}if(e==="float32"){if(n!==4*i)throw new Error(`tensor "${o}": float32 data has ${n} bytes, expected ${4*i} (shape ${JSON.stringify(t)})`);return}if(e==="int8"){if(t.length<1)throw new Error(`tensor "${o}": int8 tensors need at least one dimension (one scale per row)`);if(n!==i)throw new Error(`tensor "${o}": int8 data has ${n} bytes, expected ${i} (shape ${JSON.stringify(t)})`);let c=t[0];if(r!==4*c)throw new Error(`tensor "${o}": int8 scale has ${r} bytes, expected ${4*c} (one float32 per row, ${c} rows)`);return}if(e==="bfloat16"||e==="float16"){if(n!==2*i)throw new Error(`tensor "${o}": ${e} data has ${n} bytes, expected ${2*i} (shape ${JSON.stringify(t)})`);return}throw new Error(`tensor "${o}": unsupported dtype ${JSON.stringify(e)} (expected "float32", "int8" or "q4")`)}function Lb(o,e,t,n,r,s={}){let{q4:a,offsetBytes:i}=s;On(o,e,t,n.byteLength,r?r.byteLength:void 0,a,i?i.byteLength:void 0);let c={dtype:e,shape:t.slice(),bytes:n};if(e==="q4"){let l=Pn(`${o} scale`,Db(r,a.scaleDtype)),u=i?Pn(`${o} offset`,Db(i,a.scaleDtype)):null;return Object.assign(c,{q4:a,scaleBytes:r,scale:l,offset:u}),i&&(c.offsetBytes=i),dp(c,()=>KD(n,l,u,c.shape,a.groupSize)),c}if(e==="float32")c.data=Pn(o,Nc(n));else if(e==="bfloat16")c.data=Pn(o,qD(n));else if(e==="float16")c.data=Pn(o,Fb(n));else{let l=Nc(r);for(let u=0;u<l.length;u++)if(!Number.isFinite(l[u]))throw new Error(`tensor "${o}": int8 scale of row ${u} is ${l[u]}`);c.scaleBytes=r,c.scale=l}return c}function Mb(o){if(o.dtype==="q4"){let r={bytes:o.bytes,scaleBytes:o.scaleBytes,q4:o.q4};o.offsetBytes&&(r.offsetBytes=o.offsetBytes);let s={dtype:"q4",shape:o.shape,q4:o.q4,scale:o.scale,offset:o.offset,stored:r};return dp(s,()=>o.data)}if(o.dtype!=="int8")return{dtype:o.dtype,shape:o.shape,data:o.data,stored:{bytes:o.bytes}};let{bytes:e,scale:t}=o,n={dtype:"int8",shape:o.shape,stored:{bytes:e,scaleBytes:o.scaleBytes},scale:t};return dp(n,()=>Pb(new Int8Array(e.buffer,e.byteOffset,e.byteLength),t,n.shape))}function dp(o,e){let t=null;return Object.defineProperty(o,"data",{enumerable:!0,configurable:!0,get(){return t===null&&(t=e()),t},set(n){t=n}}),o}var Bb={F32:4,I8:1,BF16:2,F16:2,U8:1,F64:8,I32:4,I64:8,I16:2};function hp(o,e){let t=e??o.byteLength;if(t<8||o.byteLength<8)throw new Error(`safetensors: file has ${t} bytes, too short for the 8-byte header length`);let n=new DataView(o.buffer,o.byteOffset,8),r=n.getUint32(4,!0)*2**32+n.getUint32(0,!0);if(r>104857600)throw new Error(`safetensors: header length ${r} exceeds the 104857600-byte limit`);if(e!=null&&8+r>e)throw new Error(`safetensors: header length ${r} runs past the end of the file (${e} bytes)`);return r}function Qb(o,e){let t=hp(o,e);if(8+t>o.byteLength)throw new Error(`safetensors: header length ${t} runs past the end of the file (${o.byteLength} bytes)`);let n;try{n=JSON.parse(new TextDecoder("utf-8",{fatal:!0}).decode(o.subarray(8,8+t)))}catch(u){throw new Error(`safetensors: header is not valid JSON (${u.message})`)}if(n===null||typeof n!="object"||Array.isArray(n))throw new Error("safetensors: header must be a JSON object");let r=8+t,s=e==null?null:e-r,a={};if(n.__metadata__!==void 0){let u=n.__metadata__;if(u===null||typeof u!="object"||Array.isArray(u))throw new Error("safetensors: __metadata__ must be an object of strings");for(let[p,d]of Object.entries(u)){if(typeof d!="string")throw new Error(`safetensors: __metadata__.${p} must be a string, got ${typeof d}`);let f=d.length*3<=33554432?d.length:new TextEncoder().encode(d).length;if(f>33554432)throw new Error(`safetensors: __metadata__.${p} is ${f} bytes, over the 33554432 a metadata string may hold`);a[p]=d}}let i={},c=[],l=0;for(let[u,p]of Object.entries(n)){if(u==="__metadata__")continue;if(p===null||typeof p!="object")throw new Error(`safetensors: tensor "${u}" has no header entry object`);let{dtype:d,shape:f,data_offsets:h}=p;if(!(d in Bb))throw new Error(`safetensors: tensor "${u}" has unsupported dtype ${JSON.stringify(d)}`);let m=Tc(f,`safetensors: tensor "${u}"`);if(!Array.isArray(h)||h.length!==2||!h.every(A=>Number.isInteger(A)&&A>=0)||h[1]<h[0])throw new Error(`safetensors: tensor "${u}" has bad data_offsets ${JSON.stringify(h)}`);if(s!==null&&h[1]>s)throw new Error(`safetensors: tensor "${u}" data_offsets ${JSON.stringify(h)} run past the data section (${s} bytes)`);let g=m*Bb[d];if(h[1]-h[0]!==g)throw new Error(`safetensors: tensor "${u}" (${d}, shape ${JSON.stringify(f)}) has ${h[1]-h[0]} bytes, expected ${g}`);c.push([h[0],h[1],u]),i[u]={dtype:d,shape:f.slice(),begin:h[0],end:h[1]},h[1]>l&&(l=h[1])}c.sort((u,p)=>u[0]-p[0]||u[1]-p[1]);for(let u=1;u<c.length;u++)if(c[u][0]<c[u-1][1])throw new Error(`safetensors: tensors "${c[u-1][2]}" and "${c[u][2]}" overlap (offsets ${c[u-1][0]}-${c[u-1][1]} and ${c[u][0]}-${c[u][1]})`);return{metadata:a,dataStart:r,dataEnd:l,tensors:i}}function mp(o){let e={},t=Object.keys(o).sort(),n=new Set;for(let s of t){let a=o[s];if(a.dtype==="I8"){let i=`${s}.scale`,c=o[i];if(!c)throw new Error(`safetensors: int8 tensor "${s}" has no "${i}" (float32, one per row)`);if(c.dtype!=="F32")throw new Error(`safetensors: "${i}" must be F32, got ${c.dtype}`);n.add(i)}else if(a.dtype==="U8"){let i=`${s}.scale`,c=o[i];if(!c)throw new Error(`safetensors: q4 tensor "${s}" (uint8 nibbles) has no "${i}" (a scale per group)`);if(c.dtype!=="F16"&&c.dtype!=="F32")throw new Error(`safetensors: "${i}" must be F16 or F32, got ${c.dtype}`);n.add(i);let l=o[`${s}.offset`];if(l){if(l.dtype!==c.dtype)throw new Error(`safetensors: "${s}.offset" must be ${c.dtype} like its scale, got ${l.dtype}`);n.add(`${s}.offset`)}}}let r={F32:"float32",BF16:"bfloat16",F16:"float16",I8:"int8",U8:"q4"};for(let s of t){if(n.has(s))continue;let a=o[s];if(!(a.dtype in r))throw new Error(`safetensors: tensor "${s}" has dtype ${a.dtype}; bundles store F32, I8 with NAME.scale, or U8 (q4) with NAME.scale`);let i=r[a.dtype],c={dtype:i,shape:a.shape,data:a};if(i==="int8"&&(c.scale=o[`${s}.scale`]),i==="q4"){c.scale=o[`${s}.scale`],c.offset=o[`${s}.offset`];let[l,u]=a.shape.length===2?a.shape:[NaN,NaN],p=c.scale.shape.length===2&&c.scale.shape[0]===l?c.scale.shape[1]:NaN,d=2*u;if(!(p>0)||d%p!==0)throw new Error(`safetensors: q4 tensor "${s}" ${JSON.stringify(a.shape)} and its scale ${JSON.stringify(c.scale.shape)} do not make groups of a row`);if(c.offset&&JSON.stringify(c.offset.shape)!==JSON.stringify(c.scale.shape))throw new Error(`safetensors: "${s}.offset" ${JSON.stringify(c.offset.shape)} differs in shape from its scale ${JSON.stringify(c.scale.shape)}`);c.shape=[l,d],c.q4=fp(s,d/p,c.scale.dtype==="F16"?"float16":"float32",!!c.offset)}On(s,i,c.shape,a.end-a.begin,c.scale?c.scale.end-c.scale.begin:void 0,c.q4,c.offset?c.offset.end-c.offset.begin:void 0),e[s]=c}return e}function Yt(o){if(o instanceof Uint8Array)return o;if(o instanceof ArrayBuffer)return new Uint8Array(o);if(ArrayBuffer.isView(o))return new Uint8Array(o.buffer,o.byteOffset,o.byteLength);if(typeof SharedArrayBuffer<"u"&&o instanceof SharedArrayBuffer)return new Uint8Array(o);throw new Error(`expected bytes, got ${o===null?"null":typeof o}`)}function Ub(o){return o instanceof ArrayBuffer||ArrayBuffer.isView(o)||typeof SharedArrayBuffer<"u"&&o instanceof SharedArrayBuffer}function Vb(o){for(let e=0;e<o.length&&e<4096;e++){let t=o[e];if(t!==32&&t!==9&&t!==10&&t!==13&&t!==239&&t!==187&&t!==191)return t}return-1}function gp(o,e){let t;try{t=new TextDecoder("utf-8",{fatal:!0}).decode(o)}catch(n){throw new Error(`${e}: not valid UTF-8 (${n.message})`)}return Dc(t,e)}function Dc(o,e){try{return JSON.parse(o)}catch(t){throw new Error(`${e}: not valid JSON (${t.message})`)}}var Ve={version:2,versions:[1,2],objects:{config:[{name:"family",type:"string",required:!0,max_len:200},{name:"source_framework",type:"string",required:!0,max_len:200},{name:"vocab_size",type:"int",min:1,max:16777216,required:!0},{name:"padded_vocab_size",type:"int",min:1,max:16777216,required:!0},{name:"n_layer",type:"int",min:1,max:1024,required:!0},{name:"n_head",type:"int",min:1,max:1024,required:!0},{name:"n_kv_head",type:"int",min:1,max:1024,required:!0},{name:"n_embd",type:"int",min:1,max:262144,required:!0},{name:"head_dim",type:"int",min:1,max:262144,required:!0},{name:"mlp_hidden",type:"int",min:1,max:262144,required:!0},{name:"sequence_len",type:"int",min:1,max:16777216,required:!0},{name:"window",type:"window",required:!0,length:"n_layer",max:33554432,expect:"null (full causal) or an integer >= 1 of visible keys (at most {max})"},{name:"rope",type:"object",of:"rope",default:{},nullable:!0,null_since:2},{name:"norm_eps",type:"number",gt:0,lt:1,default:1e-5},{name:"qk_scale",type:"number",gt:0,default:1},{name:"value_embed",type:"object",of:"value_embed",nullable:!0,default:null},{name:"softcap",type:"number",gt:0,nullable:!0,default:15},{name:"activation",type:"object",of:"activation",default:{}},{name:"smear",type:"object",of:"smear",nullable:!0,default:null},{name:"backout",type:"object",of:"backout",nullable:!0,default:null},{name:"embed",type:"object",of:"embed",default:{},since:2},{name:"norm",type:"object",of:"norm",default:{},since:2},{name:"qk_norm",type:"object",of:"qk_norm",nullable:!0,default:{},since:2},{name:"attn",type:"object",of:"attn",default:{},since:2},{name:"mlp",type:"object",of:"mlp",default:{},since:2},{name:"residual",type:"enum",choices:["lambdas","plain"],default:"lambdas",since:2},{name:"version",type:"int",choices:[1,2],default:2,message:"spec version {value} is not supported (expected one of [1,2])"}],rope:[{name:"style",type:"enum",choices:["interleaved","half"],default:"interleaved"},{name:"base",type:"number",gt:1,default:1e4},{name:"sign",type:"int",choices:[1,-1],default:1,expect:"+1 or -1"},{name:"table_dtype",type:"enum",choices:["float32","bfloat16","float16"],default:"float32"},{name:"rotary_dim",type:"int",min:2,max:"head_dim",nullable:!0,default:null,since:2},{name:"scaling",type:"object",of:"rope_scaling",default:{},since:2}],rope_scaling:[{name:"kind",type:"enum",choices:["none","linear","llama3"],default:"none"},{name:"params",type:"params",of:"rope_scalings",nullable:!0,default:{}}],value_embed:[{name:"layers",type:"indices",below:"n_layer",default:[],expect:"layer indices in [0, {n_layer}) without duplicates"},{name:"gate_channels",type:"int",min:1,max:"n_embd",default:32},{name:"gate_scale",type:"number",default:2}],activation:[{name:"kind",type:"enum",choices:["relu2","eml","relu","silu","gelu_tanh","gelu_erf"],v1_choices:["relu2","eml"],default:"relu2"},{name:"params",type:"params",of:"activations",nullable:!0,default:{}}],smear:[{name:"channels",type:"int",min:1,max:"n_embd",default:24}],backout:[{name:"layer",type:"int",min:0,max:"n_layer",exclusive:!0,default:0,expect:"in [0, {n_layer})"}],embed:[{name:"norm",type:"bool",default:!0},{name:"positions",type:"enum",choices:["none","learned"],default:"none"},{name:"tied",type:"bool",default:!1}],norm:[{name:"kind",type:"enum",choices:["rms","layer"],default:"rms"},{name:"weight",type:"bool",default:!1},{name:"bias",type:"bool",default:!1}],qk_norm:[{name:"order",type:"enum",choices:["after_rope","before_rope"],default:"after_rope"},{name:"weight",type:"bool",default:!1}],attn:[{name:"qkv_bias",type:"bool",default:!1},{name:"out_bias",type:"bool",default:!1},{name:"scale",type:"number",gt:0,nullable:!0,default:null}],mlp:[{name:"gated",type:"bool",default:!1},{name:"bias",type:"bool",default:!1}]},activations:{relu2:{},eml:{exp_clamp:{type:"number",gt:0,default:20},log_floor:{type:"number",gt:0,default:1e-30}},relu:{},silu:{},gelu_tanh:{},gelu_erf:{}},rope_scalings:{none:{},linear:{factor:{type:"number",gt:0}},llama3:{factor:{type:"number",gt:0},low_freq_factor:{type:"number",gt:0},high_freq_factor:{type:"number",gt:0},original_max_position_embeddings:{type:"int",min:1,max:16777216}}},relations:[{op:">=",a:"padded_vocab_size",b:"vocab_size",message:"padded_vocab_size {padded_vocab_size} is smaller than vocab_size {vocab_size}"},{op:"multiple",a:"n_head",b:"n_kv_head",message:"n_head {n_head} is not a multiple of n_kv_head {n_kv_head}"},{op:"even",a:"head_dim",when:{all:[{present:"rope"},{equals:["rope.rotary_dim",null]}]},message:"head_dim must be even for RoPE, got {head_dim}"},{op:"even",a:"rope.rotary_dim",when:{present:"rope.rotary_dim"},message:"rope.rotary_dim must be even, got {rope.rotary_dim}"},{op:">",a:"rope.scaling.params.high_freq_factor",b:"rope.scaling.params.low_freq_factor",when:{equals:["rope.scaling.kind","llama3"]},message:"rope.scaling.params.high_freq_factor {rope.scaling.params.high_freq_factor} must be above low_freq_factor {rope.scaling.params.low_freq_factor}"}],dims:{V:["padded_vocab_size"],C:["n_embd"],L:["n_layer"],H:["mlp_hidden"],P:["sequence_len"],Q:["n_head","head_dim"],KV:["n_kv_head","head_dim"],KVH:["n_kv_head"],D:["head_dim"],G:["value_embed.gate_channels"],S:["smear.channels"],VS:["vocab_size"]},tensors:[{name:"wte.weight",shape:["V","C"]},{name:"wpe.weight",when:{equals:["embed.positions","learned"]},shape:["P","C"]},{name:"embed_norm.weight",when:{all:[{equals:["embed.norm",!0]},{equals:["norm.weight",!0]}]},shape:["C"]},{name:"embed_norm.bias",when:{all:[{equals:["embed.norm",!0]},{equals:["norm.bias",!0]}]},shape:["C"]},{name:"lm_head.weight",when:{equals:["embed.tied",!1]},shape:["V","C"]},{name:"resid_lambdas",when:{equals:["residual","lambdas"]},shape:["L"]},{name:"x0_lambdas",when:{equals:["residual","lambdas"]},shape:["L"]},{name:"blocks.{i}.attn_norm.weight",layer:!0,when:{equals:["norm.weight",!0]},shape:["C"]},{name:"blocks.{i}.attn_norm.bias",layer:!0,when:{equals:["norm.bias",!0]},shape:["C"]},{name:"blocks.{i}.attn.c_q.weight",layer:!0,shape:["Q","C"]},{name:"blocks.{i}.attn.c_q.bias",layer:!0,when:{equals:["attn.qkv_bias",!0]},shape:["Q"]},{name:"blocks.{i}.attn.c_k.weight",layer:!0,shape:["KV","C"]},{name:"blocks.{i}.attn.c_k.bias",layer:!0,when:{equals:["attn.qkv_bias",!0]},shape:["KV"]},{name:"blocks.{i}.attn.c_v.weight",layer:!0,shape:["KV","C"]},{name:"blocks.{i}.attn.c_v.bias",layer:!0,when:{equals:["attn.qkv_bias",!0]},shape:["KV"]},{name:"blocks.{i}.attn.q_norm.weight",layer:!0,when:{equals:["qk_norm.weight",!0]},shape:["D"]},{name:"blocks.{i}.attn.k_norm.weight",layer:!0,when:{equals:["qk_norm.weight",!0]},shape:["D"]},{name:"blocks.{i}.attn.c_proj.weight",layer:!0,shape:["C","Q"]},{name:"blocks.{i}.attn.c_proj.bias",layer:!0,when:{equals:["attn.out_bias",!0]},shape:["C"]},{name:"blocks.{i}.mlp_norm.weight",layer:!0,when:{equals:["norm.weight",!0]},shape:["C"]},{name:"blocks.{i}.mlp_norm.bias",layer:!0,when:{equals:["norm.bias",!0]},shape:["C"]},{name:"blocks.{i}.mlp.c_gate.weight",layer:!0,when:{equals:["mlp.gated",!0]},shape:["H","C"]},{name:"blocks.{i}.mlp.c_gate.bias",layer:!0,when:{all:[{equals:["mlp.gated",!0]},{equals:["mlp.bias",!0]}]},shape:["H"]},{name:"blocks.{i}.mlp.c_fc.weight",layer:!0,shape:["H","C"]},{name:"blocks.{i}.mlp.c_fc.bias",layer:!0,when:{equals:["mlp.bias",!0]},shape:["H"]},{name:"blocks.{i}.mlp.c_proj.weight",layer:!0,shape:["C","H"]},{name:"blocks.{i}.mlp.c_proj.bias",layer:!0,when:{equals:["mlp.bias",!0]},shape:["C"]},{name:"blocks.{i}.attn.ve_gate.weight",layer:!0,when:{layer_in:"value_embed.layers"},shape:["KVH","G"]},{name:"value_embeds.{i}.weight",layer:!0,when:{layer_in:"value_embed.layers"},shape:["V","KV"]},{name:"blocks.{i}.mlp.eml_k",layer:!0,when:{equals:["activation.kind","eml"]},shape:null},{name:"final_norm.weight",when:{equals:["norm.weight",!0]},shape:["C"]},{name:"final_norm.bias",when:{equals:["norm.bias",!0]},shape:["C"]},{name:"smear_gate.weight",when:{present:"smear"},shape:[1,"S"]},{name:"smear_lambda",when:{present:"smear"},shape:null},{name:"backout_lambda",when:{present:"backout"},shape:null}],taps:{before:["embed"],layer:["blocks.{i}.attn.q","blocks.{i}.attn.k","blocks.{i}.attn.v","blocks.{i}.attn_out","blocks.{i}.mlp_out","blocks.{i}.out"],after:["final_norm","logits"]},heap:{align:64,reserved:64,max_bytes:4294967296,host:["resid_lambdas","x0_lambdas","blocks.{i}.mlp.eml_k","blocks.{i}.attn.ve_gate.weight","smear_gate.weight","smear_lambda","backout_lambda"],linear:[{name:"blocks.{i}.attn.c_q.weight"},{name:"blocks.{i}.attn.c_k.weight"},{name:"blocks.{i}.attn.c_v.weight"},{name:"blocks.{i}.attn.c_proj.weight"},{name:"blocks.{i}.mlp.c_gate.weight"},{name:"blocks.{i}.mlp.c_fc.weight"},{name:"blocks.{i}.mlp.c_proj.weight"},{name:"lm_head.weight",rows:"vocab_size"},{name:"wte.weight",rows:"vocab_size",when:{equals:["embed.tied",!0]}}],rope:{first_rows:256},cache:{min_rows:16,slack_rows:16},scratch:[{name:"x",floats:["T","C"]},{name:"x0",floats:["T","C"],when:{spec:{equals:["residual","lambdas"]}}},{name:"h",floats:["T","C"]},{name:"t",floats:["T","Q"]},{name:"q",floats:["T","Q"]},{name:"att",floats:["T","Q"]},{name:"y",floats:["T","Q"]},{name:"o",floats:["T","C"]},{name:"z",floats:["T","H"]},{name:"u",floats:["T","H"],when:{spec:{equals:["mlp.gated",!0]}}},{name:"k",floats:["T","KV"],when:{stateless:!0}},{name:"v",floats:["T","KV"],when:{stateless:!0}},{name:"xb",floats:["T","C"],when:{spec:{present:"backout"}}},{name:"e",floats:["T","KV"],when:{spec:{present:"value_embed"}}},{name:"lg",floats:["R","VS"]},{name:"sc",floats:["K"]},{name:"deq",floats:["I8"],when:{rows_at_least:8}},{name:"xq",floats:[7,"XQ"]},{name:"pack",bytes:278544,when:{rows_at_least:32}}]}};var Ap=Ve.objects,Hb=(o,e)=>Ap[o].find(t=>t.name===e),qb=Ve.version,spe=Object.freeze([...Ve.versions]),ape=Object.freeze([...Hb("rope","style").choices]),ipe=Object.freeze([...Hb("rope","table_dtype").choices]),cpe=Object.freeze(Object.keys(Ve.activations)),lpe=Object.freeze(Object.fromEntries(Object.entries(Ve.activations.eml).map(([o,e])=>[o,e.default])));function Oe(o){throw new Error(`invalid model spec: ${o}`)}function Ln(o){return o!==null&&typeof o=="object"&&!Array.isArray(o)}function Bc(o){return typeof o=="number"&&Number.isInteger(o)}function Kb(o){return typeof o=="number"&&Number.isFinite(o)}function Ie(o){if(typeof o=="number"&&!Number.isFinite(o))return Number.isNaN(o)?"NaN":o>0?"Infinity":"-Infinity";try{let e=JSON.stringify(o);return e===void 0?String(o):e}catch{return String(o)}}function xp(o,e){return o.replace(/\{([\w.]+)\}/g,(t,n)=>{let r=Jt(e,n);return r===void 0||r===null&&!(n in e)?t:String(r)})}function Fc(o,e){return typeof o=="string"?[e[o],`${o}=${e[o]}`]:[o,String(o)]}function Xb(o){return o.gt!==void 0&&o.lt!==void 0?`a finite number in (${Ie(o.gt)}, ${Ie(o.lt)})`:o.gt!==void 0?`a finite number > ${Ie(o.gt)}`:"a finite number"}function zb(o,e){if(o.expect!==void 0)return xp(o.expect,{...e,max:o.max});switch(o.type){case"int":return o.choices?`one of ${Ie(o.choices)}`:`an integer in [${Fc(o.min,e)[1]}, ${Fc(o.max,e)[1]}${o.exclusive?")":"]"}`;case"number":return Xb(o);case"enum":return`one of ${Ie(o.choices)}`;case"string":return`a non-empty string of at most ${o.max_len} characters`;case"bool":return"true or false";default:return o.type}}function Wb(o,e,t,n){if(t===null&&e.nullable)return null;let r=()=>Oe(e.message!==void 0?xp(e.message,{...n,value:Ie(t)}):`${o} must be ${zb(e,n)}${e.nullable?" or null":""}, got ${Ie(t)}`);switch(e.type){case"string":return(typeof t!="string"||t.length===0||t.length>e.max_len)&&r(),t;case"enum":return(typeof t!="string"||!e.choices.includes(t))&&r(),t;case"bool":return typeof t!="boolean"&&r(),t;case"int":if(Bc(t)||r(),e.choices)e.choices.includes(t)||r();else{let s=Fc(e.min,n)[0],a=Fc(e.max,n)[0];(t<s||t>a||e.exclusive&&t>=a)&&r()}return t;case"number":return(!Kb(t)||e.gt!==void 0&&!(t>e.gt)||e.lt!==void 0&&!(t<e.lt))&&r(),t;case"window":{Array.isArray(t)||Oe(`${o} must be a list (one entry per layer), got ${Ie(t)}`);let s=n[e.length];return t.length!==s&&Oe(`${o} has ${t.length} entries, expected one per layer (${s})`),t.forEach((a,i)=>{a===null||Bc(a)&&a>=1&&a<=e.max||Oe(`${o}[${i}] must be ${zb(e,n)}, got ${Ie(a)}`)}),[...t]}case"indices":{let s=n[e.below];return(!Array.isArray(t)||!t.every(a=>Bc(a)&&a>=0&&a<s)||new Set(t).size!==t.length)&&r(),[...t]}case"object":return jb(e.of,t,o,n);case"params":return Ln(t)||Oe(`${o} must be an object of numbers, got ${Ie(t)}`),{...t};default:throw new Error(`spec table: unknown field type ${e.type}`)}}function jb(o,e,t,n){Ln(e)||Oe(`${t} must be an object, got ${Ie(e)}`);let r=Ap[o],s=r.map(u=>u.name),a=Object.keys(e).filter(u=>!s.includes(u)).sort();a.length&&Oe(`unknown key(s) ${Ie(a)} in ${t}; known: ${Ie([...s].sort())}`);let i=r.filter(u=>u.required&&!(u.name in e)).map(u=>u.name);i.length&&Oe(`missing required key(s) ${Ie(i)} in ${t}`);let c={},l=o==="config"?c:n;for(let u of r){let p=o==="config"?u.name:`${t}.${u.name}`;u.name in e?c[u.name]=Wb(p,u,e[u.name],l):u.type==="object"&&u.default!==null?c[u.name]=Wb(p,u,{...u.default},l):c[u.name]=Array.isArray(u.default)?[...u.default]:Ln(u.default)?{...u.default}:u.default}for(let u of r)u.type==="params"&&(c[u.name]=XD(u.of,c.kind,c[u.name]??{},`${t}.${u.name}`));return c}var Gb={activations:"activation",rope_scalings:"rope scaling"};function XD(o,e,t,n){let r=Ve[o][e],s=Object.keys(t).filter(c=>!(c in r)).sort();s.length&&Oe(`unknown key(s) ${Ie(s)} in ${n} for ${Gb[o]} ${Ie(e)}; known: ${Ie(Object.keys(r).sort())}`);let a=Object.keys(r).filter(c=>!("default"in r[c])&&!(c in t)).sort();a.length&&Oe(`missing key(s) ${Ie(a)} in ${n} for ${Gb[o]} ${Ie(e)}`);for(let[c,l]of Object.entries(t)){let u=r[c];u.type==="int"?(!Bc(l)||l<u.min||l>u.max)&&Oe(`${n}.${c} must be an integer in [${u.min}, ${u.max}], got ${Ie(l)}`):(!Kb(l)||u.gt!==void 0&&!(l>u.gt))&&Oe(`${n}.${c} must be ${Xb(u)}, got ${Ie(l)}`)}return{...Object.fromEntries(Object.entries(r).filter(([,c])=>"default"in c).map(([c,l])=>[c,l.default])),...t}}var jD={">=":(o,e)=>o>=e,">":(o,e)=>o>e,multiple:(o,e)=>o%e===0,even:o=>o%2===0};function YD(o){let e=[],t=(n,r,s)=>{if(Ln(r))for(let a of Ap[n]){if(!(a.name in r))continue;let i=r[a.name],c=s+a.name;(a.since??1)>1?e.push(c):i===null&&(a.null_since??1)>1?e.push(`${c}=null`):a.v1_choices&&!a.v1_choices.includes(i)?e.push(`${c}=${Ie(i)}`):a.type==="object"&&t(a.of,i,`${c}.`)}};return t("config",o,""),e}function ha(o){let e=o;if(typeof e=="string")try{e=JSON.parse(e)}catch(n){Oe(`config is not valid JSON (${n.message})`)}Ln(e)||Oe(`expected a JSON object, got ${e===null?"null":Array.isArray(e)?"list":typeof e}`);let t=jb("config",e,"config",{});if(t.version===1){let n=YD(e);n.length&&Oe(`${n.join(", ")}: recipe keys of spec version 2, but the spec says version 1; set version to 2`)}for(let n of Ve.relations)fa(n.when,t,null)&&(jD[n.op](Jt(t,n.a),n.b===void 0?void 0:Jt(t,n.b))||Oe(xp(n.message,t)));return t.version=qb,Yb(t)}function Yb(o){if(o&&typeof o=="object"){for(let e of Object.values(o))Yb(e);Object.freeze(o)}return o}function Jt(o,e){let t=o;for(let n of e.split("."))t=Ln(t)?t[n]:void 0;return t}function fa(o,e,t){if(!o)return!0;if("all"in o)return o.all.every(s=>fa(s,e,t));if("present"in o)return Jt(e,o.present)!==null&&Jt(e,o.present)!==void 0;if("layer_in"in o)return(Jt(e,o.layer_in)??[]).includes(t);let[n,r]=o.equals;return Jt(e,n)===r}function Cp(o){let e={};for(let[i,c]of Object.entries(Ve.dims)){let l=c.map(u=>Jt(o,u));l.every(u=>u!=null)&&(e[i]=l.reduce((u,p)=>u*p,1))}let t=i=>i.shape===null?null:i.shape.map(c=>typeof c=="number"?c:e[c]),n=Ve.tensors,r=n.findIndex(i=>i.layer),s=n.length-1-[...n].reverse().findIndex(i=>i.layer),a={};for(let i of n.slice(0,r))fa(i.when,o,null)&&(a[i.name]=t(i));for(let i=0;i<o.n_layer;i++)for(let c of n.slice(r,s+1))fa(c.when,o,i)&&(a[c.name.replaceAll("{i}",String(i))]=t(c));for(let i of n.slice(s+1))fa(i.when,o,null)&&(a[i.name]=t(i));return a}function Jb(o){let e=Ve.taps,t=[...e.before];for(let n=0;n<o.n_layer;n++)t.push(...e.layer.map(r=>r.replaceAll("{i}",String(n))));return[...t,...e.after]}function Pc(o,e){let t=Cp(o),n=Object.keys(e),r=[],s=Object.keys(t).filter(i=>!(i in e)).sort(),a=n.filter(i=>!(i in t)).sort();s.length&&r.push(`missing tensors: ${s.join(", ")}`),a.length&&r.push(`unexpected tensors: ${a.join(", ")}`);for(let i of Object.keys(t).filter(c=>c in e).sort()){let c=t[i],l=e[i];c===null?l.length===0||l.length===1&&l[0]===1||r.push(`${i}: shape ${Ie(l)}, expected a scalar ([] or [1])`):(l.length!==c.length||l.some((u,p)=>u!==c[p]))&&r.push(`${i}: shape ${Ie(l)}, expected ${Ie(c)}`)}return r}var JD=o=>o/2**32|0,ZD=o=>o>>>0;function Zb(o,e,t,n){let r=JD(t),s=ZD(t);o.setUint32(e,n?s:r,n),o.setUint32(e+4,n?r:s,n)}function ey(o){return o instanceof Uint8Array||ArrayBuffer.isView(o)&&o.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in o&&o.BYTES_PER_ELEMENT===1}var bp=o=>o?`"${o}" `:"";function eB(o,e=""){if(typeof o!="number")throw new TypeError(bp(e)+"expected number, got "+typeof o);if(!Number.isSafeInteger(o)||o<0)throw new RangeError(bp(e)+"expected integer >= 0, got "+o);return o}function yp(o,e,t=""){if(ey(o)&&(e===void 0||o.length===e))return o;e!==void 0&&eB(e,"length");let n=ey(o),r=e!==void 0?` of length ${e}`:"",s=n?`length=${o.length}`:`type=${typeof o}`,a=bp(t)+"expected Uint8Array"+r+", got "+s;throw n?new RangeError(a):new TypeError(a)}var tB=(o,e)=>{if(o===null||typeof o!="object"||Array.isArray(o))throw new TypeError((e==="object"?"":`"${e}" `)+"expected object, got type="+typeof o)},ty=(o,e)=>{tB(o,e);let t=Object.getPrototypeOf(o);if(t!==Object.prototype&&t!==null)throw new TypeError(`"${e}" expected plain object`);if(Object.hasOwn(o,"__proto__"))throw new TypeError(`"${e}.__proto__" is not allowed`)};function wp(o,e=!0){if(o.destroyed)throw new Error("hash was destroyed");if(e&&o.finished)throw new Error("digest() was already called")}function oy(o,e){yp(o,void 0,"output");let t=e.outputLen;if(!(o.length>=t))throw new RangeError('"output" expected length >= '+t)}function Ip(...o){for(let e=0;e<o.length;e++)o[e].fill(0)}function Oc(o){return new DataView(o.buffer,o.byteOffset,o.byteLength)}function mt(o,e){return o<<32-e|o>>>e}function oB(o,e,t="opts"){return ty(o,"defaults"),e!==void 0&&ty(e,t),Object.assign(Object.create(null),o,e)}function ny(o,e={}){if(typeof o!="function")throw new TypeError('"hashCons" expected function, got type='+typeof o);e=oB({},e,"info");let t=(r,s)=>o(s).update(r).digest(),n=o(void 0);return t.outputLen=n.outputLen,t.blockLen=n.blockLen,t.canXOF=n.canXOF,t.create=r=>o(r),Object.assign(t,e),Object.freeze(t)}var ry=o=>({oid:Uint8Array.from([6,9,96,134,72,1,101,3,4,2,o])});function sy(o,e,t){return o&e^~o&t}function ay(o,e,t){return o&e^o&t^e&t}var Lc=class{constructor(e,t,n,r){pe(this,"blockLen");pe(this,"outputLen");pe(this,"canXOF",!1);pe(this,"padOffset");pe(this,"isLE");pe(this,"buffer");pe(this,"view");pe(this,"finished",!1);pe(this,"length",0);pe(this,"pos",0);pe(this,"destroyed",!1);this.blockLen=e,this.outputLen=t,this.padOffset=n,this.isLE=r,this.buffer=new Uint8Array(e),this.view=Oc(this.buffer)}update(e){wp(this),yp(e);let{view:t,buffer:n,blockLen:r}=this,s=e.length,a=!1;for(let i=0;i<s;){let c=Math.min(r-this.pos,s-i);if(c===r){let l=Oc(e);for(;r<=s-i;i+=r)this.process(l,i);a=!0;continue}n.set(i===0&&c===s?e:e.subarray(i,i+c),this.pos),this.pos+=c,i+=c,this.pos===r&&(this.process(t,0),this.pos=0,a=!0)}return this.length+=e.length,a&&this.roundClean(),this}digestInto(e){wp(this),oy(e,this),this.finished=!0;let{buffer:t,view:n,blockLen:r,isLE:s}=this,{pos:a}=this;t[a++]=128,t.fill(0,a),this.padOffset>r-a&&(this.process(n,0),t.fill(0)),Zb(n,r-8,this.length*8,s),this.process(n,0),this.roundClean();let i=e===t?n:Oc(e),c=this.outputLen,l=c/4,u=this.get();if(c%4||l>u.length)throw new Error("invalid outputLen");for(let p=0;p<l;p++)i.setUint32(4*p,u[p],s)}digest(){let{buffer:e,outputLen:t}=this;this.digestInto(e);let n=e.slice(0,t);return this.destroy(),n}_cloneIntoMeta(e){let{buffer:t,length:n,finished:r,destroyed:s,pos:a}=this;return e.destroyed=s,e.finished=r,e.length=n,e.pos=a,a&&e.buffer.set(t),e}clone(){return this._cloneInto()}},iy=Uint32Array.from([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]);var nB=Uint32Array.from([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),Zt=new Uint32Array(64),kp=class extends Lc{constructor(t,n){super(64,t,8,!1);pe(this,"A",0);pe(this,"B",0);pe(this,"C",0);pe(this,"D",0);pe(this,"E",0);pe(this,"F",0);pe(this,"G",0);pe(this,"H",0);this.A=n[0]|0,this.B=n[1]|0,this.C=n[2]|0,this.D=n[3]|0,this.E=n[4]|0,this.F=n[5]|0,this.G=n[6]|0,this.H=n[7]|0}get(){let{A:t,B:n,C:r,D:s,E:a,F:i,G:c,H:l}=this;return[t,n,r,s,a,i,c,l]}set(t,n,r,s,a,i,c,l){this.A=t|0,this.B=n|0,this.C=r|0,this.D=s|0,this.E=a|0,this.F=i|0,this.G=c|0,this.H=l|0}_cloneInto(t){return(t||(t=new this.constructor)).set(...this.get()),this._cloneIntoMeta(t)}process(t,n){for(let d=0;d<16;d++,n+=4)Zt[d]=t.getUint32(n,!1);for(let d=16;d<64;d++){let f=Zt[d-15],h=Zt[d-2],m=mt(f,7)^mt(f,18)^f>>>3,g=mt(h,17)^mt(h,19)^h>>>10;Zt[d]=g+Zt[d-7]+m+Zt[d-16]|0}let{A:r,B:s,C:a,D:i,E:c,F:l,G:u,H:p}=this;for(let d=0;d<64;d++){let f=mt(c,6)^mt(c,11)^mt(c,25),h=p+f+sy(c,l,u)+nB[d]+Zt[d]|0,g=(mt(r,2)^mt(r,13)^mt(r,22))+ay(r,s,a)|0;p=u,u=l,l=c,c=i+h|0,i=a,a=s,s=r,r=h+g|0}r=r+this.A|0,s=s+this.B|0,a=a+this.C|0,i=i+this.D|0,c=c+this.E|0,l=l+this.F|0,u=u+this.G|0,p=p+this.H|0,this.set(r,s,a,i,c,l,u,p)}roundClean(){Ip(Zt)}destroy(){this.destroyed=!0,this.set(0,0,0,0,0,0,0,0),Ip(this.buffer)}},Sp=class extends kp{constructor(){super(32,iy)}};var cy=ny(()=>new Sp,ry(1));function ly(o){let e="";for(let t=0;t<o.length;t++)e+=o[t].toString(16).padStart(2,"0");return e}var ma;async function rB(){if(ma===void 0&&(ma=null,Pt()))try{ma=(await import("node:crypto")).createHash}catch{ma=null}return ma}var sB=256*1024*1024;async function ko(o={}){let e=o.engine??void 0,t=e===void 0||e==="node:crypto"?await rB():null;if(t){let a=t("sha256");return{engine:"node:crypto",update(i){a.update(i)},hex:async()=>a.digest("hex")}}let n=globalThis.crypto&&globalThis.crypto.subtle,r=o.totalBytes;if(n&&(e==="subtle"||e===void 0&&Number.isInteger(r)&&r<=sB)){let a=new Uint8Array(Number.isInteger(r)?r:65536),i=0;return{engine:"subtle",update(c){let l=Yt(c);if(i+l.byteLength>a.byteLength){let u=new Uint8Array(Math.max(2*a.byteLength,i+l.byteLength));u.set(a.subarray(0,i)),a=u}a.set(l,i),i+=l.byteLength},async hex(){let c=new Uint8Array(await n.digest("SHA-256",a.subarray(0,i)));return a=null,ly(c)}}}let s=cy.create();return{engine:"@noble/hashes",update(a){s.update(Yt(a))},hex:async()=>ly(s.digest())}}var py=new TextEncoder;function Qc(o,e,t,n){let r=e==="q4"&&n?`${n.groupSize},${n.scaleDtype},${n.affine?"affine":"symmetric"}
`:"";return py.encode(`${o}
${e}
${t.join(",")}
${r}`)}var uy=256;function Mc(o,e=0){if(e>uy)throw new Error(`canonical JSON: nested more than ${uy} levels deep`);if(o===null||typeof o=="boolean"||typeof o=="string")return JSON.stringify(o);if(typeof o=="number"){if(!Number.isFinite(o))throw new Error(`canonical JSON: ${o} is not a JSON number`);return JSON.stringify(o)}if(Array.isArray(o))return`[${o.map(t=>Mc(t,e+1)).join(",")}]`;if(typeof o=="object")return`{${Object.keys(o).sort().map(n=>`${JSON.stringify(n)}:${Mc(o[n],e+1)}`).join(",")}}`;throw new Error(`canonical JSON: a ${typeof o} is not a JSON value`)}async function ga({config:o,tokenizer:e,weights_sha256:t}){let n=py.encode(Mc({config:o,tokenizer:e??null,weights_sha256:t})),r=await ko({totalBytes:n.byteLength});return r.update(n),r.hex()}var dy="emlx-bundles",hy="x-emlx-sha256";function my(o){if(o==null||o===!1)return null;if(o===!0)return{name:dy,revalidate:!0};if(typeof o=="string")return{name:o,revalidate:!0};if(typeof o=="object"){if(typeof o.match=="function"&&typeof o.put=="function")return{cache:o,revalidate:!0};if(o.revalidate!==void 0&&typeof o.revalidate!="boolean")throw new Error("options.cache.revalidate must be true or false");if(o.name!==void 0&&(typeof o.name!="string"||o.name===""))throw new Error("options.cache.name must be a non-empty string");return{name:o.name??dy,revalidate:o.revalidate??!0,storage:o.storage,cache:o.cache}}throw new Error(`options.cache must be true, a cache name, a Cache or {name, revalidate}, got ${typeof o}`)}function gy(){return{hits:0,misses:0,corrupt:0,revalidated:0,replaced:0,stored:0,storeFailed:0,unavailable:0}}async function aB(o){if(o.cache)return o.cache;let e=o.storage??(typeof caches<"u"?caches:null);if(!e||typeof e.open!="function")return null;try{return await e.open(o.name)}catch{return null}}async function Ay(o){let e=await ko({totalBytes:o.byteLength});return e.update(o),e.hex()}function iB(o){let e={},t=o.headers.get("etag"),n=o.headers.get("last-modified");return t&&(e["If-None-Match"]=t),n&&(e["If-Modified-Since"]=n),e}async function xy(o,e,t,n){let r=await aB(e);if(r===null)return t.stats.unavailable++,null;t.check();let s=await r.match(o);if(s){let i=new Uint8Array(await s.arrayBuffer()),c=s.headers.get(hy);if(c&&await Ay(i)===c){let l=e.revalidate?iB(s):{};if(Object.keys(l).length){let u=null;try{u=await t.fetchOnce(o,{headers:l,cache:"no-store"})}catch{t.check()}if(u&&u.status===304)t.stats.revalidated++;else{if(u&&u.status===200)return t.stats.replaced++,fy(r,o,u,t,n);u&&t.discard(u)}}return t.stats.hits++,t.delivered(i.byteLength),{bytes:i}}t.stats.corrupt++,await r.delete(o)}else t.stats.misses++;let a=await t.fetchOnce(o,{cache:"no-store"});if(a.status!==200)throw t.discard(a),new Error(`cannot fetch ${o}: HTTP ${a.status}${a.statusText?" "+a.statusText:""}`);return fy(r,o,a,t,n)}async function fy(o,e,t,n,r){let s=Number(t.headers.get("content-length")??NaN);if(Number.isFinite(s)&&s>r)return n.discard(t),null;let a=await n.download(t,r),i={"content-type":t.headers.get("content-type")||"application/octet-stream",[hy]:await Ay(a),"content-length":String(a.byteLength)};for(let c of["etag","last-modified"])t.headers.get(c)&&(i[c]=t.headers.get(c));try{await o.put(e,new Response(a,{status:200,headers:i})),n.stats.stored++}catch{n.stats.storeFailed++}return{bytes:a}}var Ot="emlx.bundle",Ca=1,Cy=16*1024*1024,cB=1024*1024*1024,Bp=64*1024,lB=4096,uB=256*1024*1024,Fp=Symbol("emlx.load");function pB(o){let e=o.reason;if(e instanceof Error||e&&typeof e=="object"&&"name"in e)return e;let t=new Error(e===void 0?"the load was aborted":String(e));return t.name="AbortError",t}var _p=class{constructor(e){if(e.onProgress!==void 0&&typeof e.onProgress!="function")throw new Error("options.onProgress must be a function");let t=e.signal;if(t!=null&&(typeof t!="object"||typeof t.aborted!="boolean"))throw new Error("options.signal must be an AbortSignal");this.onProgress=e.onProgress??null,this.signal=t??null,this.cache=my(e.cache),this.cacheStats=this.cache?gy():null,this.files=[],this.loaded=0,this.finished=!1}check(){if(this.signal&&this.signal.aborted)throw pB(this.signal)}register(e){return e.io=this,this.files.push(e),e}total(){let e=0;for(let t of this.files){if(t.size===null||t.size===void 0)return null;e+=t.size}return e}add(e){this.loaded+=e,this.emit(!1)}emit(e){if(this.onProgress===null||this.finished&&!e)return;let t=this.total(),n=t===null?this.loaded:e?t:Math.min(this.loaded,t);e&&(this.finished=!0),this.onProgress({loaded:n,total:t})}};function ba(o){return/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(o)||/^(data|blob):/.test(o)}function by(o,e){if(e==null||ba(o)||o.startsWith("/"))return o;if(ba(e))return new URL(o,e).href;let t=Math.max(e.lastIndexOf("/"),e.lastIndexOf("\\"));return t>=0?e.slice(0,t+1)+o:o}function yy(o){return Pt()&&(o.startsWith("file:")||!ba(o))}async function Pp(o){return import(o)}async function wy(o){if(!o.startsWith("file:"))return o;let{fileURLToPath:e}=await Pp("node:url");return e(o)}function Iy(o,e){return new Error(`cannot fetch ${o}: HTTP ${e.status}${e.statusText?" "+e.statusText:""}`)}async function ky(o,e={}){if(typeof e.readBytes=="function")return Yt(await e.readBytes(o));let t=o instanceof URL?o.href:String(o);if(yy(t)){let s=await Pp("node:fs/promises"),a=await wy(t);try{return new Uint8Array(await s.readFile(a))}catch(i){throw new Error(`cannot read ${a}: ${i.code||i.message}`)}}let n=e.fetch||globalThis.fetch;if(typeof n!="function")throw new Error(`cannot fetch ${t}: no fetch function available`);let r;try{r=await n(t)}catch(s){throw new Error(`cannot fetch ${t}: ${s.message}`)}if(r.ok===!1)throw Iy(t,r);return new Uint8Array(await r.arrayBuffer())}async function Op(o,e={}){return typeof e.readText=="function"?Dc(await e.readText(o),String(o)):gp(await ky(o,e),String(o))}function So(o,e,t,n){return new Error(`cannot read ${o}: asked for bytes ${e}-${t} (end exclusive), the file ends after ${n} of them`)}var Mn=class{constructor(e,t,n,r){this.loc=e,this.size=t,this.ranged=n,this.coalesceDefault=r,this.requests=0,this.bytesRead=0,this.io=null}delivered(e){this.bytesRead+=e,this.io&&this.io.add(e)}checkAbort(){this.io&&this.io.check()}async rest(e){if(e.byteLength===this.size)return e;let t=await this.read(e.byteLength,this.size),n=new Uint8Array(this.size);return n.set(e),n.set(t,e.byteLength),n}},Eo=class extends Mn{constructor(e,t){super(t??"bundle",e.byteLength,!1,0),this.bytes=e,this.anonymous=t==null}async probe(e){return this.bytes.subarray(0,Math.min(e,this.size))}async read(e,t){if(this.checkAbort(),t>this.size)throw So(this.loc,e,t,Math.max(0,this.size-e));return this.requests++,this.delivered(t-e),this.bytes.slice(e,t)}async readAll(){return this.bytes}close(){this.bytes=null}},vp=class o extends Mn{static async open(e){let t=await Pp("node:fs/promises"),n=await wy(e),r;try{r=await t.open(n,"r")}catch(a){throw new Error(`cannot read ${n}: ${a.code||a.message}`)}let s;try{s=await r.stat()}catch(a){throw await r.close().catch(()=>{}),new Error(`cannot read ${n}: ${a.code||a.message}`)}if(!s.isFile())throw await r.close().catch(()=>{}),new Error(`cannot read ${n}: ${s.isDirectory()?"EISDIR":"not a regular file"}`);return new o(n,r,s.size)}constructor(e,t,n){super(e,n,!0,0),this.fh=t}async probe(e){return this.read(0,Math.min(e,this.size))}async read(e,t){if(this.fh===null)throw new Error(`cannot read ${this.loc}: the bundle source was closed`);if(this.checkAbort(),t>this.size)throw So(this.loc,e,t,Math.max(0,this.size-e));let n=new Uint8Array(t-e);this.requests++;let r=0;for(;r<n.byteLength;){let s=Math.min(n.byteLength-r,uB),a;try{({bytesRead:a}=await this.fh.read(n,r,s,e+r))}catch(i){throw new Error(`cannot read ${this.loc}: ${i.code||i.message}`)}if(a===0)throw So(this.loc,e,t,r);r+=a,this.delivered(a)}return n}async readAll(e){return e.byteLength===this.size?e:this.read(0,this.size)}close(){let e=this.fh;this.fh=null,e&&e.close().catch(()=>{})}};function dB(o){let e=/^\s*bytes\s+(\d+)-(\d+)\/(\d+|\*)\s*$/i.exec(o||"");return e?{start:Number(e[1]),end:Number(e[2])+1,total:e[3]==="*"?null:Number(e[3])}:null}function Aa(o,e){let t=o.headers;return t?typeof t.get=="function"?t.get(e):t[e]??t[e.toLowerCase()]??null:null}function xa(o){try{o.body&&typeof o.body.cancel=="function"&&o.body.cancel().catch(()=>{})}catch{}}var $p=class extends Mn{constructor(e,t,n){super(e,null,!0,Cy),this.fetchFn=t,this.maxUnranged=n,this.memory=null}async request(e,t){return this.fetchOnce({headers:{Range:`bytes=${e}-${t-1}`}})}async fetchOnce(e){this.checkAbort();let t=this.fetchFn,n=this.io&&this.io.signal,r;try{r=await t(this.loc,n?{...e,signal:n}:e)}catch(s){throw this.checkAbort(),new Error(`cannot fetch ${this.loc}: ${s&&s.message?s.message:s}`)}if(this.requests++,!r||typeof r!="object")throw new Error(`cannot fetch ${this.loc}: fetch returned ${r===null?"null":typeof r}`);return r}tooLarge(e){return new Error(`cannot fetch ${this.loc}: the server ignored the Range request and sent the whole file (HTTP 200, ${e} bytes); bundles over ${this.maxUnranged} bytes must be served by a server that honours HTTP Range requests (206 Partial Content)`)}async body(e,t=1/0){let n=e.body&&typeof e.body.getReader=="function"?e.body:null,r=this.io!==null&&this.io.onProgress!==null;if(n===null||!r&&t===1/0){let u;try{u=await e.arrayBuffer()}catch(d){throw this.checkAbort(),new Error(`cannot fetch ${this.loc}: ${d&&d.message?d.message:d}`)}let p=new Uint8Array(u);if(p.byteLength>t)throw this.tooLarge(p.byteLength);return this.delivered(p.byteLength),p}let s=n.getReader(),a=[],i=0;for(;;){let u;try{u=await s.read()}catch(p){throw this.checkAbort(),new Error(`cannot fetch ${this.loc}: ${p&&p.message?p.message:p}`)}if(u.done)break;if(i+=u.value.byteLength,i>t)throw s.cancel().catch(()=>{}),this.tooLarge(`more than ${t}`);a.push(u.value),this.delivered(u.value.byteLength)}if(a.length===1)return a[0];let c=new Uint8Array(i),l=0;for(let u of a)c.set(u,l),l+=u.byteLength;return c}async whole(e){let t=Number(Aa(e,"content-length")??NaN);if(Number.isFinite(t)&&t>this.maxUnranged)throw xa(e),this.tooLarge(t);Number.isFinite(t)&&(this.size=t);let n=await this.body(e,this.maxUnranged);return this.memory=new Eo(n,this.loc),this.size=n.byteLength,this.ranged=!1,n}async partial(e,t,n){let r=dB(Aa(e,"content-range"));if(r===null||r.total===null)throw xa(e),new Error(`cannot fetch ${this.loc}: HTTP 206 without a Content-Range giving the file size (got ${JSON.stringify(Aa(e,"content-range"))})`);this.size===null&&(this.size=r.total);let s=Math.min(n,r.total);if(r.start!==t||r.end!==s)throw xa(e),new Error(`cannot fetch ${this.loc}: asked for bytes ${t}-${s-1}, the server sent ${r.start}-${r.end-1}`);let a=await this.body(e);if(a.byteLength!==s-t)throw new Error(`cannot fetch ${this.loc}: asked for bytes ${t}-${s-1} (${s-t} bytes), got ${a.byteLength}`);return a}async answer(e,t,n){let r=e.status??(e.ok===!1?0:200);if(r===206)return this.partial(e,t,n);if(r===200&&e.ok!==!1)return await this.whole(e),null;if(xa(e),r===416){let s=/\*\/(\d+)/.exec(Aa(e,"content-range")||"");if(t===0&&s&&Number(s[1])===0)return this.size=0,new Uint8Array(0);throw new Error(`cannot fetch ${this.loc}: bytes ${t}-${n-1} are not in the file (HTTP 416)`)}throw Iy(this.loc,e)}async probe(e){if(this.memory)return this.memory.probe(e);let t=await this.answer(await this.request(0,e),0,e);return t===null?this.memory.probe(e):t}async read(e,t){if(this.memory)return this.memory.read(e,t);if(this.size!==null&&t>this.size)throw So(this.loc,e,t,Math.max(0,this.size-e));if(t===e)return new Uint8Array(0);let n=await this.answer(await this.request(e,t),e,t);return n===null?this.memory.read(e,t):n}async readAll(e){return this.memory?this.memory.readAll():this.rest(e)}close(){this.memory=null}},Rp=class extends Mn{constructor(e,t,n){super(e,null,!0,Cy),this.readRange=t,this.fileSize=n}async call(e,t){this.checkAbort();let n;try{n=await this.readRange(this.loc,e,t)}catch(s){throw new Error(`cannot read ${this.loc}: ${String(s&&s.message?s.message:s).split(`
`)[0]}`)}try{n=Yt(n)}catch(s){throw new Error(`readRange(${this.loc}, ${e}, ${t}) must return bytes: ${s.message}`)}if(this.requests++,n.byteLength>t-e)throw new Error(`readRange(${this.loc}, ${e}, ${t}) returned ${n.byteLength} bytes, more than the ${t-e} asked for`);let r=n.byteOffset===0&&n.byteLength===n.buffer.byteLength?n:n.slice();return this.delivered(r.byteLength),r}async probe(e){if(typeof this.fileSize=="function"){let r=Number(await this.fileSize(this.loc));if(!Number.isSafeInteger(r)||r<0)throw new Error(`fileSize(${this.loc}) must be a byte count, got ${r}`);this.size=r}let t=this.size===null?e:Math.min(e,this.size),n=await this.call(0,t);if(n.byteLength<t){if(this.size!==null)throw So(this.loc,0,t,n.byteLength);this.size=n.byteLength}return n}async read(e,t){if(this.size!==null&&t>this.size)throw So(this.loc,e,t,Math.max(0,this.size-e));let n=await this.call(e,t);if(n.byteLength!==t-e)throw So(this.loc,e,t,n.byteLength);return n}async readAll(e){if(this.size!==null)return this.rest(e);let t=[e],n=e.byteLength;for(;;){let a=await this.call(n,n+Bp*16);if(a.byteLength===0)break;t.push(a),n+=a.byteLength}this.size=n;let r=new Uint8Array(n),s=0;for(let a of t)r.set(a,s),s+=a.byteLength;return r}close(){}};async function Np(o,e){let t=e[Fp]??null,n=o instanceof URL?o.href:String(o),r=l=>t?t.register(l):l;if(t&&t.check(),typeof e.readRange=="function")return r(new Rp(n,e.readRange,e.fileSize));if(typeof e.readBytes=="function")return r(new Eo(Yt(await e.readBytes(n)),n));if(yy(n))return r(await vp.open(n));let s=e.fetch||globalThis.fetch;if(typeof s!="function")throw new Error(`cannot fetch ${n}: no fetch function available`);let a=e.maxUnrangedBytes??cB,i=r(new $p(n,s,a)),c=!ba(n)&&typeof location<"u"&&location.href?new URL(n,location.href).href:n;if(t&&t.cache&&/^https?:/i.test(c)){let l=await xy(c,t.cache,{stats:t.cacheStats,check:()=>t.check(),fetchOnce:(u,p)=>i.fetchOnce(p),download:(u,p)=>{let d=Number(Aa(u,"content-length")??NaN);return Number.isFinite(d)&&(i.size=d),i.body(u,p)},discard:xa,delivered:u=>i.delivered(u)},a);l!==null&&(i.memory=new Eo(l.bytes,n),i.size=l.bytes.byteLength,i.ranged=!1,t.emit(!1))}return i}var Tp=class{constructor(e,t,n){this.file=e,this.parts=t.slice().sort((r,s)=>r.start-s.start||r.end-s.end),this.parts.forEach((r,s)=>{r.idx=s,r.reads=0}),this.coalesce=n,this.window=null}async read(e){let t=await this.fetch(e);return e.reads++,t}async fetch(e){let t=this.window;if(t&&e.start>=t.start&&e.end<=t.end){let r=t.bytes.slice(e.start-t.start,e.end-t.start);return t.pending.delete(e),t.pending.size===0&&(this.window=null),r}let n=this.file.ranged?this.coalesce:0;if(n>0&&e.end-e.start<n){let r=new Set([e]),s=e.end;for(let a=e.idx+1;a<this.parts.length;a++){let i=this.parts[a];if(i.start-s>lB||i.end-e.start>n||i.reads>e.reads)break;r.add(i),s=Math.max(s,i.end)}if(r.size>1){this.window=null;let a=await this.file.read(e.start,s);return this.file.ranged&&(r.delete(e),this.window={start:e.start,end:s,bytes:a,pending:r}),a.slice(0,e.end-e.start)}}return this.file.read(e.start,e.end)}drop(){this.window=null}};function Uc(o,e){if(e in o)try{return JSON.parse(o[e])}catch(t){throw new Error(`safetensors: __metadata__.${e} is not valid JSON (${t.message})`)}}function fB(o){return{format:o.format,version:o.version,config:Uc(o,"config"),tokenizer:Uc(o,"tokenizer"),training:Uc(o,"training"),source:Uc(o,"source"),weights_sha256:o.weights_sha256,bundle_sha256:o.bundle_sha256,generated_by:o.generated_by}}function Sy(o,e){if(o.format!==Ot)throw new Error(`not an emlx bundle: format is ${JSON.stringify(o.format)}, expected "${Ot}"`);if(Number(o.version)!==Ca)throw new Error(`emlx bundle version ${JSON.stringify(o.version)} is not supported (expected ${Ca})`);if(o.config===void 0||o.config===null)throw new Error('emlx bundle has no "config" (ModelSpec)');let t=ha(o.config),n=Pc(t,e);if(n.length)throw new Error(`bundle weights do not match its config: ${n.join("; ")}`);let r=o.tokenizer===void 0?null:o.tokenizer;if(r!==null&&(typeof r!="object"||Array.isArray(r)))throw new Error(`bundle "tokenizer" must be an object or null, got ${typeof r}`);return{format:Ot,version:Ca,config:t,tokenizer:r,training:o.training??null,source:o.source??null,weights_sha256:o.weights_sha256??null,bundle_sha256:o.bundle_sha256??null,generated_by:o.generated_by??null}}var _o=Symbol("emlx.storedIdentity");function Ey(o){return{config:o.config,tokenizer:o.tokenizer===void 0?null:o.tokenizer}}function hB(o){return o==null||typeof o=="string"&&/^[0-9a-f]{64}$/.test(o)?null:`bundle_sha256 is ${JSON.stringify(o).slice(0,80)}, expected 64 lowercase hex digits; the bundle is corrupt, re-export it`}function Lp(o,e){return`bundle_sha256 ${o.slice(0,12)}… does not match its config and tokenizer (${e.slice(0,12)}…; the weights match weights_sha256): the config or the tokenizer was changed after export; re-export the bundle`}function Mp(o){return typeof o=="string"&&/^[0-9a-f]{64}$/.test(o)?null:`bundle has no valid weights_sha256 (found ${JSON.stringify(o)}); re-export it with \`emlx export\`, or pass {verifyHash: false} to load it unverified`}function Qp(o,e){return`bundle weights_sha256 ${o.slice(0,12)}… does not match its weights (${e.slice(0,12)}…): the file was modified or is corrupt; re-export it`}function mB(o,e){if(e===null||typeof e!="object")throw new Error(`tensor "${o}": expected {dtype, shape, data}, got ${e===null?"null":typeof e}`);if(Tc(e.shape,`tensor "${o}"`),e.dtype==="float32"){let t=Io(e.data,`tensor "${o}" data`);return On(o,"float32",e.shape,t),{dtype:"float32",shape:e.shape.slice(),byteLength:t}}if(e.dtype==="int8"){if(typeof e.scale!="string")throw new Error(`tensor "${o}": int8 tensor without a "scale" (base64 float32, one per row)`);let t=Io(e.data,`tensor "${o}" data`),n=Io(e.scale,`tensor "${o}" scale`);return On(o,"int8",e.shape,t,n),{dtype:"int8",shape:e.shape.slice(),byteLength:t,scaleByteLength:n}}if(e.dtype==="q4"){if(typeof e.scale!="string")throw new Error(`tensor "${o}": q4 tensor without a "scale" (base64, one per group)`);let t=fp(o,e.group_size,e.scale_dtype,e.offset!==void 0),n=Io(e.data,`tensor "${o}" data`),r=Io(e.scale,`tensor "${o}" scale`),s=e.offset===void 0?void 0:Io(e.offset,`tensor "${o}" offset`);On(o,"q4",e.shape,n,r,t,s);let a={dtype:"q4",shape:e.shape.slice(),byteLength:n,scaleByteLength:r,q4:t};return s!==void 0&&(a.offsetByteLength=s),a}throw new Error(`tensor "${o}": unsupported dtype ${JSON.stringify(e.dtype)} (expected "float32", "int8" or "q4")`)}function gB(o,e){if(o===null||typeof o!="object"||Array.isArray(o))throw new Error("bundle JSON must be an object");if(o.weights===null||typeof o.weights!="object"||Array.isArray(o.weights))throw o.format!==Ot?new Error(`not an emlx bundle: format is ${JSON.stringify(o.format)}, expected "${Ot}"`):new Error('emlx bundle has no "weights" object');if(o.format!==Ot)throw new Error(`not an emlx bundle: format is ${JSON.stringify(o.format)}, expected "${Ot}"`);let t=o.weights,n={};for(let s of Object.keys(t).sort())n[s]=mB(s,t[s]);return{header:Sy(o,_y(n)),identity:Ey(o),container:"json",files:e,tensors:n,async raw(s){if(t===null)throw new Error("bundle source is closed");let a=t[s],i=wo(a.data,`tensor "${s}" data`),c=n[s].dtype!=="float32"?wo(a.scale,`tensor "${s}" scale`):void 0,l=n[s].offsetByteLength!==void 0?wo(a.offset,`tensor "${s}" offset`):void 0;return{bytes:i,scaleBytes:c,offsetBytes:l}},stats:()=>({requests:0,bytesRead:0}),close(){t=null}}}function _y(o){let e={};for(let[t,n]of Object.entries(o))e[t]=n.shape;return e}async function vy(o,e){let t=hp(e,o.size),n=e;if(8+t>e.byteLength){let s=await o.read(e.byteLength,8+t);n=new Uint8Array(8+t),n.set(e),n.set(s,e.byteLength)}let r=Qb(n,o.size);if(o.size===null&&r.dataEnd>0){let s=r.dataStart+r.dataEnd;try{await o.read(s-1,s)}catch{throw new Error(`safetensors: ${o.loc}: tensor data_offsets reach byte ${r.dataEnd} of the data section, past the end of the file`)}}return r}function $y(o,e){if(o.byteLength<10)return!1;let t=new DataView(o.buffer,o.byteOffset,o.byteLength),n=t.getUint32(4,!0)*2**32+t.getUint32(0,!0);return n>=2&&(e===null||8+n<=e)&&o[8]===123}function Ry(o,e,t,n,r){let s={},a=new Map,i={};for(let[d,f]of Object.entries(o)){let h={dtype:f.dtype,shape:f.shape.slice(),byteLength:f.data.end-f.data.begin};f.scale&&(h.scaleByteLength=f.scale.end-f.scale.begin),f.offset&&(h.offsetByteLength=f.offset.end-f.offset.begin),f.q4&&(h.q4=f.q4),s[d]=h;let m=g=>{let A={start:g.dataStart+g.begin,end:g.dataStart+g.end,file:g.file};return a.has(g.file)||a.set(g.file,[]),a.get(g.file).push(A),A};i[d]={data:m(f.data),scale:f.scale?m(f.scale):void 0,offset:f.offset?m(f.offset):void 0}}let c=new Map;for(let[d,f]of a)c.set(d,new Tp(d,f,r.coalesceBytes??d.coalesceDefault??0));let l=fB(e),u=Sy(l,_y(s)),p=!1;return{header:u,identity:Ey(l),container:"safetensors",files:n,tensors:s,async raw(d){if(p)throw new Error("bundle source is closed");let f=i[d],h=await c.get(f.data.file).read(f.data),m=f.scale?await c.get(f.scale.file).read(f.scale):void 0,g=f.offset?await c.get(f.offset.file).read(f.offset):void 0;return{bytes:h,scaleBytes:m,offsetBytes:g}},stats(){let d=0,f=0;for(let h of t)d+=h.requests,f+=h.bytesRead;return{requests:d,bytesRead:f}},close(){p=!0;for(let d of c.values())d.drop();for(let d of t)d.close()}}}function AB(o,e,t){let n={};for(let[r,s]of Object.entries(o))n[r]={...s,file:e,dataStart:t};return n}async function xB(o,e,t){let n=await vy(o,e);if(n.metadata.format===void 0)throw new Error("safetensors file has no __metadata__.format: not an emlx bundle");let r=mp(AB(n.tensors,o,n.dataStart));return Ry(r,n.metadata,[o],o.anonymous?[]:[o.loc],t)}async function CB(o,e,t,n){if(n==null)throw new Error(`${t}: a sharded index must be loaded from a path or URL (shards are relative to it)`);let r=o.weight_map;for(let[l,u]of Object.entries(r))if(typeof u!="string"||u==="")throw new Error(`${t}: weight_map["${l}"] must name a shard file, got ${JSON.stringify(u)}`);let s=[...new Set(Object.values(r))].sort(),a=o.metadata&&typeof o.metadata=="object"&&!Array.isArray(o.metadata)?{...o.metadata}:{};for(let[l,u]of Object.entries(a))if(typeof u=="string"&&u.length>33554432/3&&new TextEncoder().encode(u).length>33554432)throw new Error(`${t}: index metadata.${l} is over the ${33554432} bytes a metadata string may hold`);let i=[],c={};try{for(let p of s){if(ba(p)||p.startsWith("/")||p.startsWith("\\")||/^[a-zA-Z]:/.test(p)||p.split(/[\\/]/).includes(".."))throw new Error(`${t}: shard ${JSON.stringify(p)} points outside the index's folder`);let d=by(p,n),f=await Np(d,e);i.push(f);let h=await f.probe(Bp);if(!$y(h,f.size))throw new Error(`${t}: shard ${p} is not a safetensors file (${f.size??"more than "+h.byteLength} bytes)`);let m;try{m=await vy(f,h)}catch(g){throw new Error(`${t}: shard ${p}: ${g.message}`)}for(let g of["weights_sha256","bundle_sha256"]){let A=a[g],x=m.metadata[g];if(A!==void 0&&x!==void 0&&String(x)!==String(A))throw new Error(`${t}: shard ${p} belongs to another export (its ${g} ${String(x).slice(0,12)}… differs from ${String(A).slice(0,12)}…)`)}for(let[g,A]of Object.entries(m.metadata))g in a||(a[g]=A);for(let[g,A]of Object.entries(m.tensors)){if(g in c)throw new Error(`${t}: tensor "${g}" appears in more than one shard`);c[g]={...A,file:f,dataStart:m.dataStart}}}for(let[p,d]of Object.entries(r))if(!(p in c))throw new Error(`${t}: tensor "${p}" is listed for shard ${d} but is not in it`);if(a.format===void 0)throw new Error(`${t}: sharded index has no metadata.format: not an emlx bundle`);a=Object.fromEntries(Object.entries(a).map(([p,d])=>[p,typeof d=="string"?d:JSON.stringify(d)]));let l=mp(c),u=typeof n=="string"?[n,...i.map(p=>p.loc)]:i.map(p=>p.loc);return Ry(l,a,i,u,e)}catch(l){for(let u of i)u.close();throw l}}function bB(o){let e={};for(let r of Object.keys(o.weights).sort()){let s=o.weights[r];if(!s||!s.stored||!(s.stored.bytes instanceof Uint8Array)||!Array.isArray(s.shape)||typeof s.dtype!="string")throw new Error(`openBundle: tensor "${r}" of the loaded bundle has no {dtype, shape, stored: {bytes}} (pass what loadBundle returned)`);let a={dtype:s.dtype,shape:s.shape.slice(),byteLength:s.stored.bytes.byteLength};s.stored.scaleBytes&&(a.scaleByteLength=s.stored.scaleBytes.byteLength),s.stored.offsetBytes&&(a.offsetByteLength=s.stored.offsetBytes.byteLength),s.stored.q4&&(a.q4=s.stored.q4),e[r]=a}let t={};for(let r of["format","version","config","tokenizer","training","source","weights_sha256","generated_by"])t[r]=o[r]??null;t.bundle_sha256=o[_o]?o.bundle_sha256??null:null;let n=o.weights;return{header:t,identity:o[_o]??null,priorIntegrity:o.integrity??(o.verified===!0?"bundle":"weights"),container:o.container,files:[],tensors:e,async raw(r){if(n===null)throw new Error("bundle source is closed");let s=n[r].stored;return{bytes:s.bytes.slice(),scaleBytes:s.scaleBytes?s.scaleBytes.slice():void 0,offsetBytes:s.offsetBytes?s.offsetBytes.slice():void 0}},stats:()=>({requests:0,bytesRead:0}),close(){n=null}}}async function Vc(o,e,t,n){try{let r=await o.probe(Bp);if(Vb(r)===123){let s=await o.readAll(r);o.close();let a=await Dp(gp(s,t),e,t,n,o.anonymous?[]:[o.loc]),i=a.stats;return a.stats=()=>{let c=i();return{requests:c.requests+o.requests,bytesRead:c.bytesRead+o.bytesRead}},a}if(!$y(r,o.size)){let s=Array.from(r.subarray(0,8),a=>a.toString(16).padStart(2,"0")).join(" ");throw new Error(`${t}: not an emlx bundle (neither JSON starting with "{" nor a safetensors file): ${o.size??"more than "+r.byteLength} bytes starting with ${s||"nothing"}; load the .json or .safetensors file written by \`emlx export\``)}return await xB(o,r,e)}catch(r){throw o.close(),r}}async function Dp(o,e,t,n,r){return o&&typeof o=="object"&&o.weight_map&&typeof o.weight_map=="object"?CB(o,e,t,n):gB(o,r)}async function yB(o,e,t){if(o==null)throw new Error(`${t}: no source given`);let n=e.baseLocation,r=e[Fp]??null,s=a=>r?r.register(a):a;if(Ub(o))return Vc(s(new Eo(Yt(o),null)),e,"bundle",n);if(typeof o=="string")return o.trimStart().startsWith("{")?Dp(Dc(o,"bundle"),e,"bundle",n,[]):Vc(await Np(o,e),e,o,n??o);if(typeof URL<"u"&&o instanceof URL)return Vc(await Np(o.href,e),e,o.href,n??o.href);if(typeof o=="object"&&typeof o.arrayBuffer=="function"&&!("weights"in o)){if(o.ok===!1)throw new Error(`${t}: response is HTTP ${o.status}`);return Vc(s(new Eo(new Uint8Array(await o.arrayBuffer()),null)),e,"bundle",n)}if(typeof o=="object"&&o.container&&o.config&&o.weights)return bB(o);if(typeof o=="object")return Dp(o,e,"bundle",n,[]);throw new Error(`${t}: unsupported source of type ${typeof o}`)}async function zc(o,e={}){return Up(o,e,"openBundle")}async function Up(o,e,t){let n=new _p(e);e={...e,[Fp]:n},n.check();let r=await yB(o,e,t);try{return await wB(r,e,n)}catch(s){throw r.close(),s}}async function wB(o,e,t){let n=Object.keys(o.tensors).sort(),r={},s=0,a=0;for(let x of n){let b=o.tensors[x];r[x]=Qc(x,b.dtype,b.shape,b.q4);let y=b.byteLength+(b.scaleByteLength??0)+(b.offsetByteLength??0);s+=y,a+=r[x].byteLength+y}let i=e.verifyHash!==!1,c=i?await ko({totalBytes:a,engine:e.hashEngine}):null,l=0,u=0,p=null,d=!1,f=Promise.resolve(),h=x=>{let b=f.then(x);return f=b.catch(()=>{}),b},m=(x,b)=>{c.update(r[x]),b.scaleBytes&&c.update(b.scaleBytes),b.offsetBytes&&c.update(b.offsetBytes),c.update(b.bytes),l++},g={};for(let x of n)g[x]=Object.freeze({...o.tensors[x],shape:Object.freeze(o.tensors[x].shape.slice())});return{...o.header,container:o.container,files:o.files.slice(),totalBytes:s,tensors:Object.freeze(g),names:Object.freeze(n.slice()),hashEngine:c?c.engine:null,[_o]:o.identity,read(x){return h(async()=>{if(d)throw new Error("bundle source is closed");if(t.check(),!Object.prototype.hasOwnProperty.call(o.tensors,x))throw new Error(`no tensor ${JSON.stringify(x)} in this bundle (it has ${n.length}: ${n.slice(0,3).join(", ")}${n.length>3?", ...":""})`);let b=o.tensors[x],y=await o.raw(x),I=Lb(x,b.dtype,b.shape,y.bytes,y.scaleBytes,{q4:b.q4,offsetBytes:y.offsetBytes});return c&&p===null&&n[l]===x&&m(x,y),I})},verify(){return i?h(async()=>{if(p&&p.ok)return;if(p)throw new Error(p.error);let x=Mp(o.header.weights_sha256);if(x)throw new Error(x);if(c===null)throw new Error("bundle source is closed before every tensor was hashed: verify() before close()");for(;l<n.length;){let k=n[l];m(k,await o.raw(k)),u++}let b=await c.hex();if(c=null,b!==o.header.weights_sha256)throw p={error:Qp(o.header.weights_sha256,b)},new Error(p.error);let y=o.header.bundle_sha256,I="weights";if(y!=null&&o.identity){let k=hB(y);if(k)throw p={error:k},new Error(p.error);let S;try{S=await ga({...o.identity,weights_sha256:b})}catch(E){throw p={error:`bundle_sha256 cannot be computed over its config and tokenizer (${E.message})`},new Error(p.error)}if(S!==y)throw p={error:Lp(y,S)},new Error(p.error);I="bundle"}else o.identity===null&&(I=o.priorIntegrity??"weights");p={ok:!0,integrity:I},t.emit(!0)}):(t.emit(!0),Promise.resolve())},get verified(){return p!==null&&p.ok===!0&&p.integrity==="bundle"},get integrity(){return p!==null&&p.ok===!0?p.integrity:null},stats(){let x={...o.stats(),verifyRereads:u};return t.cacheStats&&(x.cache={...t.cacheStats}),x},close(){d||(d=!0,l<n.length&&(c=null),o.close())}}}async function Vp(o,e={}){if(o!==null&&typeof o=="object"&&o.container&&o.config&&o.weights)return e.verifyHash!==!1&&o.verified!==!0&&await IB(o),o;let t=await Up(o,e,"loadBundle");try{let n={};for(let s of t.names)n[s]=Mb(await t.read(s));await t.verify();let r={format:t.format,version:t.version,config:t.config,tokenizer:t.tokenizer,weights:n,training:t.training,source:t.source,weights_sha256:t.weights_sha256,bundle_sha256:t.bundle_sha256,generated_by:t.generated_by,container:t.container,files:t.files};return r.verified=t.verified,r.integrity=t.integrity,Object.defineProperty(r,_o,{value:t[_o]??null}),r}finally{t.close()}}async function IB(o){let e=o.weights_sha256,t=Mp(e);if(t)throw new Error(t);let n=await Ny(o);if(n!==e)throw new Error(Qp(e,n));let r=o[_o];if(o.bundle_sha256&&r){let s=await ga({...r,weights_sha256:n});if(s!==o.bundle_sha256)throw new Error(Lp(o.bundle_sha256,s));o.verified=!0,o.integrity="bundle"}else o.integrity="weights";return o}async function Ny(o){let e=Object.keys(o.weights).sort(),t=e.map(s=>{let a=o.weights[s];return Qc(s,a.dtype,a.shape,a.stored.q4)}),n=0;e.forEach((s,a)=>{let i=o.weights[s].stored;n+=t[a].byteLength+i.bytes.byteLength+(i.scaleBytes?i.scaleBytes.byteLength:0)+(i.offsetBytes?i.offsetBytes.byteLength:0)});let r=await ko({totalBytes:n});return e.forEach((s,a)=>{let i=o.weights[s].stored;r.update(t[a]),i.scaleBytes&&r.update(i.scaleBytes),i.offsetBytes&&r.update(i.offsetBytes),r.update(i.bytes)}),r.hex()}var zp=Object.freeze(["cpu","wasm","webgl","webgpu"]),ya=null,Ty=null,Dy=null;async function kB(){let o=null;if(typeof import.meta.resolve=="function")try{o=import.meta.resolve("@tensorflow/tfjs-backend-wasm")}catch{o=null}let e="node:url",t="node:path",{fileURLToPath:n}=await import(e),r=await import(t),s;if(o)s=n(o);else{let a="node:module",{createRequire:i}=await import(a);s=i(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm")}return r.dirname(s)+r.sep}async function wa(o="cpu",e={}){if(!zp.includes(o))throw new Error(`unknown backend ${JSON.stringify(o)} (expected one of ${zp.join(", ")})`);if(o==="wasm"){if(!ya){let n="@tensorflow/tfjs-backend-wasm";ya=await import("./emlx-dist-HLOXIW4N.js")}let t=e.wasmPaths??(Pt()?await kB():null);t&&Dy===null&&(ya.setWasmPaths(t),Dy=t),e.wasmThreads&&typeof ya.setThreadsCount=="function"&&ya.setThreadsCount(e.wasmThreads)}if(o==="webgpu"){if(typeof navigator>"u"||!navigator.gpu)throw new Error(`TF.js backend "webgpu" failed to initialise: ${Pt()?"WebGPU is not available in Node":"navigator.gpu is missing (WebGPU needs a secure context and a browser with WebGPU enabled)"}`);if(!Ty){let t="@tensorflow/tfjs-backend-webgpu";try{Ty=await import("./emlx-dist-34N25OS7.js")}catch(n){throw new Error(`TF.js backend "webgpu" failed to initialise: cannot import ${t} (${n.message})`)}}}if(o==="webgl"&&(R().set("WEBGL_USE_SHAPES_UNIFORMS",!0),R().set("WEBGL_FORCE_F16_TEXTURES",!1)),ot()!==o||!nu(o)){let t;try{t=await tu(o)}catch(n){throw new Error(`TF.js backend "${o}" failed to initialise: ${n.message}`)}if(!t)throw new Error(`TF.js backend "${o}" failed to initialise${o==="webgl"&&Pt()?" (WebGL is not available in Node)":""}`)}if(await ou(),ot()!==o)throw new Error(`TF.js backend "${o}" was requested but "${ot()}" is in use`);return Wc()}function Wc(){let o=ot(),e={backend:o,tfjs_version:gu};try{if(o==="wasm")e.wasm_simd=R().getBool("WASM_HAS_SIMD_SUPPORT"),e.wasm_threads=R().getBool("WASM_HAS_MULTITHREAD_SUPPORT");else if(o==="webgl")e.webgl_version=R().getNumber("WEBGL_VERSION"),e.webgl_f32=R().getBool("WEBGL_RENDER_FLOAT32_ENABLED"),e.webgl_force_f16=R().getBool("WEBGL_FORCE_F16_TEXTURES");else if(o==="webgpu"){e.webgpu_cpu_forward=R().getBool("WEBGPU_CPU_FORWARD");let t=ru().adapterInfo;t&&(e.webgpu_adapter={vendor:t.vendor??null,architecture:t.architecture??null})}}catch{}return e}var By="AGFzbQEAAAAB+QEcYAR7e3t7AXtgAXsBfWACf38Be2ADf31/AGAFf3t/f38AYAJ/fwF/YAp/f39/f39/f39/AGANf39/f39/f39/f39/fwBgBn9/f39/fwBgBX9/f39/AGAFf3t7f38AYAh/f39/f39/fwBgB39/f39/f38AYAd/f39/f397AXtgC39/f39/f39/f397AGABfwF/YAh/f39/f39/ewBgAXsBe2ADf39/AGAGf39/f319AGAMf39/f39/f39/f399AGAEf39/fwBgCX9/f39/f39/fwBgAnt7AXtgBH9/f30AYAl/f39/f399fX8AYAJ7ewJ7e2ADe3t7AXsCEgEDZW52Bm1lbW9yeQIBAYCABAM9PAABAQIDBAUGBwgJCQoLDAwNDgwMCQIJDxAMCwwREhMUFRMWFxgZFQgaGxEREREXGxESEhISEhUVFRUVFQYkBn8AQYAEC38AQYAEC38AQYABC38AQYAEC38AQYABC38AQSALB9sCHQptYXRtdWxfZjMyAA8JbWF0bXVsX2k4ABMKZGVxdWFudF9pOAAUB3F1YW50X3gAFhFxdWFudF94X3Jvd19ieXRlcwAXCm1hdG11bF9pOHgAGQptYXRtdWxfcTR4ABoLZGVxdWFudF9xNHgAGwdleHBfZjMyAB0Mcm1zbm9ybV9yb3dzAB4JYXR0ZW50aW9uAB8IYWRkX3Jvd3MAIAhtaXhfcm93cwAhCXJvcGVfcm93cwAiB3NvZnRjYXAAJAlub3JtX3Jvd3MAJQliaWFzX3Jvd3MAJgljb3B5X3Jvd3MAJwRyZWx1ADEFcmVsdTIAMgRzaWx1ADMJZ2VsdV90YW5oADQIZ2VsdV9lcmYANQhyZWx1X211bAA2CXJlbHUyX211bAA3CHNpbHVfbXVsADgNZ2VsdV90YW5oX211bAA5DGdlbHVfZXJmX211bAA6CG11bF9yb3dzADsK9ns8lQEBAnsgACAB/Q0AAQIDBAUGBxAREhMUFRYXIAAgAf0NCAkKCwwNDg8YGRobHB0eH/3kASEEIAIgA/0NAAECAwQFBgcQERITFBUWFyACIAP9DQgJCgsMDQ4PGBkaGxwdHh/95AEhBSAEIAX9DQABAgMICQoLEBESExgZGhsgBCAF/Q0EBQYHDA0ODxQVFhccHR4f/eQBCyoAIAAgACAA/Q0ICQoLDA0ODwgJCgsMDQ4P/eQBIQAgAP0fACAA/R8BkgsqACAAIAAgAP0NCAkKCwwNDg8ICQoLDA0OD/3pASEAIAD9HwAgAP0fAZcLLQAgAUEBRgR7IAD9XAIABSABQQJGBHsgAP1dAgAFIAAgAP1dAgD9VgIIAgsLCxgAIAIEQCABIAAqAgCSIQELIAAgATgCAAvEAQAgAkEERiAEQQRGcQRAIAMEQCABIAD9AAIA/eQBIQELIAAgAf0LAgAPCyACQQRGIANFcQRAIAAgAf1aAgAAIAAgBGohACAAIAH9WgIAASAAIARqIQAgACAB/VoCAAIgACAEaiEAIAAgAf1aAgADDwsgACAB/R8AIAMQBCACQQFLBEAgACAEaiAB/R8BIAMQBAsgAkECSwRAIAAgBEEBdGogAf0fAiADEAQLIAJBA0sEQCAAIARBA2xqIAH9HwMgAxAECwsMACAAIAEgACABSRsL4AUCCnsCfyAAIAZBcHFBAnRqIRQCQANAIAAgFE8NASAA/QACACEQIAD9AAIQIREgAP0AAiAhEiAA/QACMCETIAwgECAB/QACAP3mASARIAH9AAIQ/eYB/eQBIBIgAf0AAiD95gEgEyAB/QACMP3mAf3kAf3kAf3kASEMIA0gECAC/QACAP3mASARIAL9AAIQ/eYB/eQBIBIgAv0AAiD95gEgEyAC/QACMP3mAf3kAf3kAf3kASENIA4gECAD/QACAP3mASARIAP9AAIQ/eYB/eQBIBIgA/0AAiD95gEgEyAD/QACMP3mAf3kAf3kAf3kASEOIA8gECAE/QACAP3mASARIAT9AAIQ/eYB/eQBIBIgBP0AAiD95gEgEyAE/QACMP3mAf3kAf3kAf3kASEPIABBwABqIQAgAUHAAGohASACQcAAaiECIANBwABqIQMgBEHAAGohBAwACwsgACAGQQxxQQJ0aiEUAkADQCAAIBRPDQEgAP0AAgAhECAMIBAgAf0AAgD95gH95AEhDCANIBAgAv0AAgD95gH95AEhDSAOIBAgA/0AAgD95gH95AEhDiAPIBAgBP0AAgD95gH95AEhDyAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEEDAALCyAGQQNxIRUgFQRAIAAgFRADIRAgDCAQIAEgFRAD/eYB/eQBIQwgDSAQIAIgFRAD/eYB/eQBIQ0gDiAQIAMgFRAD/eYB/eQBIQ4gDyAQIAQgFRAD/eYB/eQBIQ8LIAwgDf0NAAECAwQFBgcQERITFBUWFyAMIA39DQgJCgsMDQ4PGBkaGxwdHh/95AEhCiAOIA/9DQABAgMEBQYHEBESExQVFhcgDiAP/Q0ICQoLDA0ODxgZGhscHR4f/eQBIQsgBSAKIAv9DQABAgMICQoLEBESExgZGhsgCiAL/Q0EBQYHDA0ODxQVFhccHR4f/eQBIAggByAJEAULuAcDCH8NewJ/A0AgACENIAAgC2ohDiABIQ8gAiEQIAMhESAEIRIgBSETIAUgDGohFP0MAAAAAAAAAAAAAAAAAAAAACEX/QwAAAAAAAAAAAAAAAAAAAAAIRj9DAAAAAAAAAAAAAAAAAAAAAAhGf0MAAAAAAAAAAAAAAAAAAAAACEa/QwAAAAAAAAAAAAAAAAAAAAAIRv9DAAAAAAAAAAAAAAAAAAAAAAhHP0MAAAAAAAAAAAAAAAAAAAAACEd/QwAAAAAAAAAAAAAAAAAAAAAIR4gDSAGQXxxQQJ0aiEiAkADQCANICJPDQEgDf0AAgAhHyAO/QACACEgIA/9AAIAISEgFyAfICH95gH95AEhFyAbICAgIf3mAf3kASEbIBD9AAIAISEgGCAfICH95gH95AEhGCAcICAgIf3mAf3kASEcIBH9AAIAISEgGSAfICH95gH95AEhGSAdICAgIf3mAf3kASEdIBL9AAIAISEgGiAfICH95gH95AEhGiAeICAgIf3mAf3kASEeIA1BEGohDSAOQRBqIQ4gD0EQaiEPIBBBEGohECARQRBqIREgEkEQaiESDAALCyAGQQNxISMgIwRAIA0gIxADIR8gDiAjEAMhICAPICMQAyEhIBcgHyAh/eYB/eQBIRcgGyAgICH95gH95AEhGyAQICMQAyEhIBggHyAh/eYB/eQBIRggHCAgICH95gH95AEhHCARICMQAyEhIBkgHyAh/eYB/eQBIRkgHSAgICH95gH95AEhHSASICMQAyEhIBogHyAh/eYB/eQBIRogHiAgICH95gH95AEhHgsgFyAY/Q0AAQIDBAUGBxAREhMUFRYXIBcgGP0NCAkKCwwNDg8YGRobHB0eH/3kASEVIBkgGv0NAAECAwQFBgcQERITFBUWFyAZIBr9DQgJCgsMDQ4PGBkaGxwdHh/95AEhFiATIBUgFv0NAAECAwgJCgsQERITGBkaGyAVIBb9DQQFBgcMDQ4PFBUWFxwdHh/95AEgCCAHIAkQBSAbIBz9DQABAgMEBQYHEBESExQVFhcgGyAc/Q0ICQoLDA0ODxgZGhscHR4f/eQBIRUgHSAe/Q0AAQIDBAUGBxAREhMUFRYXIB0gHv0NCAkKCwwNDg8YGRobHB0eH/3kASEWIBQgFSAW/Q0AAQIDCAkKCxAREhMYGRobIBUgFv0NBAUGBwwNDg8UFRYXHB0eH/3kASAIIAcgCRAFIAAgC0EBdGohACAFIAxBAXRqIQUgCkEBayEKIAoNAAsLjgIBDX8gBEECdCEGIAVBAnQhByAFQQNqQQJ2IQggCCAGbCEJA0BBASAKIAhqIAVJIAogCEEBdGogBUkgCiAIQQNsaiAFSWpqaiELIAEgCiAGbGohDSANIAlqIA0gC0EBSxshDiANIAlBAXRqIA0gC0ECSxshDyANIAlBA2xqIA0gC0EDSxshEEEAIQwgACERIAIgCkECdGohEiADQQJPBEAgESANIA4gDyAQIBIgBEEAIAsgCEECdCADQQF2IAYgBxAIIANBfnEhDCARIAwgBmxqIREgEiAMIAdsaiESCyAMIANJBEAgESANIA4gDyAQIBIgBEEAIAsgCEECdBAHCyAKQQFqIQogCiAISQ0ACwuqBAIJfwh7IAJBfHEhCwNAIAAgBSABbGohBiAGIAFqIQcgByABaiEIIAggAWohCSAEIAVBAnRqIQxBACEKIAMgBWtBACADIAVLGyENIA1BBE8EQAJAA0AgCiALTw0BIAb9AAIAIQ4gB/0AAgAhDyAI/QACACEQIAn9AAIAIREgDiAP/Q0AAQIDEBESEwQFBgcUFRYXIRIgECAR/Q0AAQIDEBESEwQFBgcUFRYXIRMgDiAP/Q0ICQoLGBkaGwwNDg8cHR4fIRQgECAR/Q0ICQoLGBkaGwwNDg8cHR4fIRUgDCASIBP9DQABAgMEBQYHEBESExQVFhf9CwIAIAwgEiAT/Q0ICQoLDA0ODxgZGhscHR4f/QsCICAMIBQgFf0NAAECAwQFBgcQERITFBUWF/0LAkAgDCAUIBX9DQgJCgsMDQ4PGBkaGxwdHh/9CwJgIAZBEGohBiAHQRBqIQcgCEEQaiEIIAlBEGohCSAMQYABaiEMIApBBGohCgwACwsLAkADQCAKIAJPDQH9DAAAAAAAAAAAAAAAAAAAAAAhDiANBEAgBv1cAgAhDgsgDUEBSwRAIA4gByoCAP0gASEOCyANQQJLBEAgDiAIKgIA/SACIQ4LIA1BA0sEQCAOIAkqAgD9IAMhDgsgDCAO/QsCACAGQQRqIQYgB0EEaiEHIAhBBGohCCAJQQRqIQkgDEEgaiEMIApBAWohCgwACwsgBUEEaiEFIAVBCEkNAAsL3QMCBn8IeyAAIQUgBSABaiEGIAYgAWohByAHIAFqIQggA0EERgRAIAJBfHEhCgJAA0AgCSAKTw0BIAX9AAIAIQsgBv0AAgAhDCAH/QACACENIAj9AAIAIQ4gCyAM/Q0AAQIDEBESEwQFBgcUFRYXIQ8gDSAO/Q0AAQIDEBESEwQFBgcUFRYXIRAgCyAM/Q0ICQoLGBkaGwwNDg8cHR4fIREgDSAO/Q0ICQoLGBkaGwwNDg8cHR4fIRIgBCAPIBD9DQABAgMEBQYHEBESExQVFhf9CwIAIAQgDyAQ/Q0ICQoLDA0ODxgZGhscHR4f/QsCECAEIBEgEv0NAAECAwQFBgcQERITFBUWF/0LAiAgBCARIBL9DQgJCgsMDQ4PGBkaGxwdHh/9CwIwIAVBEGohBSAGQRBqIQYgB0EQaiEHIAhBEGohCCAEQcAAaiEEIAlBBGohCQwACwsLAkADQCAJIAJPDQEgBf1cAgAhCyADQQFLBEAgCyAGKgIA/SABIQsLIANBAksEQCALIAcqAgD9IAIhCwsgA0EDSwRAIAsgCCoCAP0gAyELCyAEIAv9CwIAIAVBBGohBSAGQQRqIQYgB0EEaiEHIAhBBGohCCAEQRBqIQQgCUEBaiEJDAALCwtkACADQQhGBEAgBARAIAEgAP0AAgD95AEhASACIAD9AAIQ/eQBIQILIAAgAf0LAgAgACAC/QsCEA8LIAAgASADQQQQBiAEQQQQBSADQQRLBEAgAEEQaiACIANBBGsgBEEEEAULC6cCAgF/C3sgASAEQQV0aiEIIAEgCEkEQANAIAH9AAIAIREgAf0AAhAhEiAA/QkCACETIAkgEyAR/eYB/eQBIQkgCiATIBL95gH95AEhCiAA/QkCBCETIAsgEyAR/eYB/eQBIQsgDCATIBL95gH95AEhDCAA/QkCCCETIA0gEyAR/eYB/eQBIQ0gDiATIBL95gH95AEhDiAA/QkCDCETIA8gEyAR/eYB/eQBIQ8gECATIBL95gH95AEhECABQSBqIQEgAEEQaiEAIAEgCEkNAAsLIAIgCSAKIAYgBxAMIAVBAUsEQCACIANqIAsgDCAGIAcQDAsgBUECSwRAIAIgA0EBdGogDSAOIAYgBxAMCyAFQQNLBEAgAiADQQNsaiAPIBAgBiAHEAwLC7ACAQ5/IARBAnQhByAFQQJ0IQggBkEPakFwcSEQIBAjA0EFdGohESAEIwMQBiEJA0AgCSAEIAprEAYhCyAKQQBHIQxBACESA0AgEiMEaiADEAYhEyASIQ8gESEUA0AgACAPIAdsIApBAnRqaiAHIAsgEyAPa0EEEAYgFBALIBQgC0EEdGohFCAPQQRqIQ8gDyATSQ0AC0EAIQ0DQCAFIA1rQQgQBiEOIAEgDSAHbCAKQQJ0amogByALIA4gEBAKIBIhDyARIRQDQCAUIBAgAiAPIAhsIA1BAnRqaiAIIAsgEyAPa0EEEAYgDiAMEA0gFCALQQR0aiEUIA9BBGohDyAPIBNJDQALIA1BCGohDSANIAVJDQALIBMhEiASIANJDQALIAogCWohCiAKIARJDQALC44DARF/IANFIAVFcgRADwsgA0EETQRAIAAgASACIAMgBCAFEAkPCyAGQQBHIAMjBU9xBEAgACABIAIgAyAEIAUgBhAODwsgBEECdCEHIAVBAnQhCCAEIwAQBiEJQQAhCgNAIAkgBCAKaxAGIQsgCkEARyEMQQAhDQNAIA0jAmogAxAGIQ5BACEQA0AgBSAQa0EEEAYhESABIBAgB2wgCkECdGpqIRIgEiAHaiASIBFBAUsbIRMgEiAHQQF0aiASIBFBAksbIRQgEiAHQQNsaiASIBFBA0sbIRUgDSEPIA4gD2tBAk8EQCAAIA8gB2wgCkECdGpqIBIgEyAUIBUgAiAPIAhsIBBBAnRqaiALIAwgEUEEIA4gD2tBAXYgByAIEAggDyAOIA9rQX5xaiEPCyAPIA5JBEAgACAPIAdsIApBAnRqaiASIBMgFCAVIAIgDyAIbCAQQQJ0amogCyAMIBFBBBAHCyAQQQRqIRAgECAFSQ0ACyAOIQ0gDSADSQ0ACyAKIAlqIQogCiAESQ0ACwttAAJAA0AgBUUNASAGIAD9CQIAIAEsAAD9ESACLAAA/RwBIAMsAAD9HAIgBCwAAP0cA/36Af3mAf3kASEGIABBBGohACABQQFqIQEgAkEBaiECIANBAWohAyAEQQFqIQQgBUEBayEFDAALCyAGC78FAg97AX/9DICAgACAgIABgICAAoCAgAMhFv0MgICABICAgAWAgIAGgICAByEX/QyAgIAIgICACYCAgAqAgIALIRj9DICAgAyAgIANgICADoCAgA8hGSAAIAZBcHFBAnRqIRogACAaSQRAA0AgAP0AAgAhESAA/QACECESIAD9AAIgIRMgAP0AAjAhFCAB/QAAACEVIA0gESAVIBb9Dv36Af3mASASIBUgF/0O/foB/eYB/eQBIBMgFSAY/Q79+gH95gEgFCAVIBn9Dv36Af3mAf3kAf3kAf3kASENIAL9AAAAIRUgDiARIBUgFv0O/foB/eYBIBIgFSAX/Q79+gH95gH95AEgEyAVIBj9Dv36Af3mASAUIBUgGf0O/foB/eYB/eQB/eQB/eQBIQ4gA/0AAAAhFSAPIBEgFSAW/Q79+gH95gEgEiAVIBf9Dv36Af3mAf3kASATIBUgGP0O/foB/eYBIBQgFSAZ/Q79+gH95gH95AH95AH95AEhDyAE/QAAACEVIBAgESAVIBb9Dv36Af3mASASIBUgF/0O/foB/eYB/eQBIBMgFSAY/Q79+gH95gEgFCAVIBn9Dv36Af3mAf3kAf3kAf3kASEQIABBwABqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEEIAAgGkkNAAsLIA0gDv0NAAECAwQFBgcQERITFBUWFyANIA79DQgJCgsMDQ4PGBkaGxwdHh/95AEhCyAPIBD9DQABAgMEBQYHEBESExQVFhcgDyAQ/Q0ICQoLDA0ODxgZGhscHR4f/eQBIQwgBSAKIAAgASACIAMgBCAGQQ9xIAsgDP0NAAECAwgJCgsQERITGBkaGyALIAz9DQQFBgcMDQ4PFBUWFxwdHh/95AH9DAAAgDMAAIAzAACAMwAAgDP95gEQEP3mASAIIAcgCRAFC7oCAgx/AXsgBUECdCEHIAZBAnQhCCAGQQNqQQJ2IQkgCSAFbCEKA0BBASALIAlqIAZJIAsgCUEBdGogBkkgCyAJQQNsaiAGSWpqaiEMIAEgCyAFbGohDiAOIApqIA4gDEEBSxshDyAOIApBAXRqIA4gDEECSxshECAOIApBA2xqIA4gDEEDSxshESACIAtBAnRqIRIgEv0JAgAhEyAMQQFLBEAgEyASIAlBAnRqKgIA/SABIRMLIAxBAksEQCATIBIgCUEDdGoqAgD9IAIhEwsgDEEDSwRAIBMgEiAJQQxsaioCAP0gAyETC0EAIQ0DQCAAIA0gB2xqIA4gDyAQIBEgAyANIAhsIAtBAnRqaiAFQQAgDCAJQQJ0IBMQESANQQFqIQ0gDSAESQ0ACyALQQFqIQsgCyAJSQ0ACwvMAgIPfwF7IARFIAZFcgRADwsgBEEETQRAIAAgASACIAMgBCAFIAYQEg8LIAVBAnQhByAGQQJ0IQggBSMBEAYhCUEAIQoDQCAJIAUgCmsQBiELIApBAEchDEEAIQ0DQCANIwJqIAQQBiEOQQAhEANAIAYgEGtBBBAGIREgASAQIAVsIApqaiESIBIgBWogEiARQQFLGyETIBIgBUEBdGogEiARQQJLGyEUIBIgBUEDbGogEiARQQNLGyEVIBFBBEYEeyACIBBBAnRq/QACAAUgAiAQQQJ0aiAREAMLIRYgDSEPA0AgACAPIAdsIApBAnRqaiASIBMgFCAVIAMgDyAIbCAQQQJ0amogCyAMIBFBBCAWEBEgD0EBaiEPIA8gDkkNAAsgEEEEaiEQIBAgBkkNAAsgDiENIA0gBEkNAAsgCiAJaiEKIAogBUkNAAsL6wEDAX8EewJ/AkADQCAFIANPDQEgASAFQQJ0av0JAgAhBiAAIARqIQsgACAEQXBxaiEKAkADQCAAIApPDQEgAP0AAAAhByAH/YcBIQggB/2IASEJIAIgBiAI/acB/foB/eYB/QsCACACIAYgCP2oAf36Af3mAf0LAhAgAiAGIAn9pwH9+gH95gH9CwIgIAIgBiAJ/agB/foB/eYB/QsCMCAAQRBqIQAgAkHAAGohAgwACwsCQANAIAAgC08NASACIAb9HwAgACwAALKUOAIAIABBAWohACACQQRqIQIMAAsLIAVBAWohBQwACwsLMgAgAUEETgR7IAD9AAIABSABQQBKBHsgACABEAMF/QwAAAAAAAAAAAAAAAAAAAAACwsLxAUKAn8BewJ/AXsBfQN/CHsBfAJ/AXv9DP9/AAD/fwAA/38AAP9/AAAhGgJAA0AgBSACTw0B/QwAAAAAAAAAAAAAAAAAAAAAIQdBACEGAkADQCAGIANPDQEgByAAIAZBAnRqIAMgBmsQFf3gAf3pASEHIAZBBGohBgwACwsgBxACvEEXdkH/AXEhCEGcASAIa0H+ACAIQR1LGyEJIAlB/wBqQRd0vv0TIQpB/wAgCWtBF3S+IQsgCEH/AUYEQEMAAMB/IQv9DAAAAAAAAAAAAAAAAAAAAAAhCgsgAf0MAAAAAAAAAAAAAAAAAAAAACAL/SAA/QsCACABQRBqIQ1BACEGAkADQCAGIANPDQEgACAGQQJ0aiEMIAMgBmshDiAKIAwgDhAV/eYB/Wr9+AEhDyAKIAxBEGogDkEEaxAV/eYB/Wr9+AEhECAKIAxBIGogDkEIaxAV/eYB/Wr9+AEhESAKIAxBMGogDkEMaxAV/eYB/Wr9+AEhEiAPQQ/9rAEgEEEP/awB/YUBIRMgEUEP/awBIBJBD/2sAf2FASEUIA8gGv1OIBAgGv1O/YUBIRUgESAa/U4gEiAa/U79hQEhFiANIBMgFP0NAAEEBQgJDA0QERQVGBkcHf0LAgAgDSATIBT9DQIDBgcKCw4PEhMWFxobHh/9CwIQIA0gFSAW/Q0AAQQFCAkMDRARFBUYGRwd/QsCICANIBUgFv0NAgMGBwoLDg8SExYXGhseH/0LAjAgDUHAAGohDSAGQRBqIQYMAAsLIAQEQEEAIQYCQANAIAYgA08NASAGIARqIAMQBiEZRAAAAAAAAAAAIRcCQANAIAYgGU8NASAXIAAgBkECdGoqAgC7oCEXIAZBAWohBgwACwsgDSAXtjgCACANQQRqIQ0MAAsLCyAAIANBAnRqIQAgASADEBdqIQEgBUEBaiEFDAALCwsdAEEQIABBD2pBBHZBBnQgAEH/AGpBB3ZBBHRqagv9AwIDfwx7IABBEGohCCAIIARBBHZBBnRqIQkCQANAIAggCU8NASAIQYDAAGogCRAGIQr9DAAAAAAAAAAAAAAAAAAAAAAhDP0MAAAAAAAAAAAAAAAAAAAAACEN/QwAAAAAAAAAAAAAAAAAAAAAIQ79DAAAAAAAAAAAAAAAAAAAAAAhDwNAIAj9AAIAIRAgCP0AAhAhESAI/QACICESIAj9AAIwIRMgAf0AAAAhFCAUQQj9iwFBCP2MASEVIBRBCP2MASEWIAwgFSAQ/boBIBYgEf26Af2uAf2uASEMIA4gFSAS/boBIBYgE/26Af2uAf2uASEOIAL9AAAAIRQgFEEI/YsBQQj9jAEhFSAUQQj9jAEhFiANIBUgEP26ASAWIBH9ugH9rgH9rgEhDSAPIBUgEv26ASAWIBP9ugH9rgH9rgEhDyAIQcAAaiEIIAFBEGohASACQRBqIQIgCCAKSQ0ACyAL/QwAAABHAAAARwAAAEcAAABHIAz9+gEgDf36Af0MAAAAAAAAAAAAAAAAAAAAAP0MAAAAAAAAAAAAAAAAAAAAABAA/eYBIA79+gEgD/36Af0MAAAAAAAAAAAAAAAAAAAAAP0MAAAAAAAAAAAAAAAAAAAAABAA/eQB/eQBIQsMAAsLIAMgByALIAD9CQIA/eYB/eYBIAVBACAGEAULzgECCn8BeyAERSAGRXIEQA8LIAUQFyEHIAZBAnQhCCAGQQFqQQF2IQkgCSAFbCEKA0BBASALIAlqIAZJaiEMIAEgCyAFbGohDiAOIApqIA4gDEEBSxshDyACIAtBAnRqIRAgEP0JAgAhESAMQQFLBEAgESAQIAlBAnRqKgIA/SABIRELQQAhDQNAIAAgDSAHbGogDiAPIAMgDSAIbCALQQJ0amogBSAMIAlBAnQgERAYIA1BAWohDSANIARJDQALIAtBAWohCyALIAlJDQALC7gFAw1/CHsBfSAERSAGRXIEQA8LIAUQFyEIIAVBAXYhEiAFIAduQQN0IRP9DA8ADwAPAA8ADwAPAA8ADwAhHANAQQAhCgNAIAAgCiAIbGohCyALQRBqIQwgDCAFQQR2QQZ0aiERIAEgCSASbGohDSACIAkgE2xqIQ79DAAAAAAAAAAAAAAAAAAAAAAhFQNAIAwgB0ECdGohEP0MAAAAAAAAAAAAAAAAAAAAACEX/QwAAAAAAAAAAAAAAAAAAAAAIRgDQCAN/QIAACEZIBkgHP1OIRogGUEE/Y0BIRsgFyAaIAz9AAIA/boBIBsgDP0AAhD9ugH9rgH9rgEhFyAYIBogDP0AAiD9ugEgGyAM/QACMP26Af2uAf2uASEYIA39AgAIIRkgGSAc/U4hGiAZQQT9jQEhGyAXIBogDP0AAkD9ugEgGyAM/QACUP26Af2uAf2uASEXIBggGiAM/QACYP26ASAbIAz9AAJw/boB/a4B/a4BIRggDEGAAWohDCANQRBqIQ0gDCAQSQ0ACyAVIA79CQIAIBf9+gH9DAAAAEcAAABHAAAARwAAAEf95gEgGP36Af3kAf3mAf3kASEVIA5BCGohDiAMIBFJDQALIBEhDyAOIBNrIQ4gE0EDdiEU/QwAAAAAAAAAAAAAAAAAAAAAIRYCQANAIBRBBEkNASAWIA79AAIAIA79AAIQ/Q0EBQYHDA0ODxQVFhccHR4fIA/9AAIA/eYB/eQBIRYgDkEgaiEOIA9BEGohDyAUQQRrIRQMAAsLIBYQASEdAkADQCAURQ0BIB0gDioCBCAPKgIAlJIhHSAOQQhqIQ4gD0EEaiEPIBRBAWshFAwACwsgAyAKIAZsIAlqQQJ0aiAVEAEgCyoCAJQgHZI4AgAgCkEBaiEKIAogBEkNAAsgCUEBaiEJIAkgBkkNAAsL6AIEA38IewF/AXsgAyAEbCEI/QwPAA8ADwAPAA8ADwAPAA8AIRH9DAAAAAAAAAAAAAAAAAAAAAD9DAgACAAIAAgACAAIAAgACAAgBhshE/0MAAAAgAAAAIAAAACAAAAAgCELAkADQCAHIAhPDQEgAf0JAgAhCiAGBEAgAf0JAgQhCwsgAUEIaiEBIAcgBWohCQNAIAAgB0EBdmr9AgAAIQwgDCAR/U4hDSAMQQT9jQEhDiANIA79DQABEBECAxITBAUUFQYHFhcgE/2RASEPIA0gDv0NCAkYGQoLGhsMDRwdDg8eHyAT/ZEBIRAgAiAHQQJ0aiESIBIgCyAKIA/9pwH9+gH95gH95AH9CwIAIBIgCyAKIA/9qAH9+gH95gH95AH9CwIQIBIgCyAKIBD9pwH9+gH95gH95AH9CwIgIBIgCyAKIBD9qAH9+gH95gH95AH9CwIwIAdBEGohByAHIAlJDQALDAALCwusAwEFeyAA/QwAANDCAADQwgAA0MIAANDC/ekB/QwAALJCAACyQgAAskIAALJC/egBIQAgAP0MO6q4PzuquD87qrg/O6q4P/3mAf1qIQEgACAB/QwAgDE/AIAxPwCAMT8AgDE//eYB/eUBIQIgAiAB/QyDgF65g4BeuYOAXrmDgF65/eYB/eUBIQIgAv0MZ2lQOWdpUDlnaVA5Z2lQOf3mAf0MzkO3Os5DtzrOQ7c6zkO3Ov3kASEDIAIgA/3mAf0MCIkIPAiJCDwIiQg8CIkIPP3kASEDIAIgA/3mAf0MwakqPcGpKj3BqSo9wakqPf3kASEDIAIgA/3mAf0MqqoqPqqqKj6qqio+qqoqPv3kASEDIAIgA/3mAf0MAAAAPwAAAD8AAAA/AAAAP/3kASED/QwAAIA/AACAPwAAgD8AAIA/IAIgAiAC/eYBIAP95gH95AH95AEhAyAB/fgBIQQgBEEB/awBIQUgAyAF/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgBCAF/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gELXAICfwF7IAAgAkF8cUECdGohAwJAA0AgACADTw0BIAEgAP0AAgAQHP0LAgAgAEEQaiEAIAFBEGohAQwACwsgAkEDcSEEIAQEQCABIAAgBBADEBwgBEEAQQQQBQsLvwMFBH8FewJ8AXsBfwJAA0AgBiACTw0B/QwAAAAAAAAAAAAAAAAAAAAAIQ39DAAAAAAAAAAAAAAAAAAAAAAhDiAAIQcgACADQQJ0aiEJIAAgA0F8cUECdGohCAJAA0AgByAITw0BIAf9AAIAIQogCv1fIQsgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V8hDCANIAsgC/3yAf3wASENIA4gDCAM/fIB/fABIQ4gB0EQaiEHDAALCyANIA798AEhDSAN/SEAIA39IQGgIQ8CQANAIAcgCU8NASAPIAcqAgC7IAcqAgC7oqAhDyAHQQRqIQcMAAsLIAW7IA8gA7ijIAS7oJ+jIRAgEP0UIREgACEHIAEhEgJAA0AgByAITw0BIAf9AAIAIQogCv1fIBH98gH9XiELIBEgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/98gH9XiEMIBIgCyAM/Q0AAQIDBAUGBxAREhMUFRYX/QsCACAHQRBqIQcgEkEQaiESDAALCwJAA0AgByAJTw0BIBIgByoCALsgEKK2OAIAIAdBBGohByASQQRqIRIMAAsLIAkhACASIQEgBkEBaiEGDAALCwuGCwcLfwJ7AX0CewN9BX8JeyAHQQJ0IQwgC/0TIRcCQANAIA0gBU8NASAIIA1qIAlrIQ4gDiAGQQFrIA4gBkEBa0gbIRBBACEPIApBAEoEQCAOIAprQQFqIQ8gD0EASARAQQAhDwsLIAMgDSAMbGohISAQIA9IBEAgIUEAIAz8CwAFIBAgD2tBAWohESARQQNqQQJ2ISIgIiAMbCEjQQAhEgNAQQEgEiAiaiARSSASICJBAXRqIBFJIBIgIkEDbGogEUlqamohEyABIA8gEmogDGxqIRQgACANIAxsaiAUIBQgI2ogFCATQQFLGyAUICNBAXRqIBQgE0ECSxsgFCAjQQNsaiAUIBNBA0sbIAQgEkECdGogB0EAIBMgIkECdBAHIBJBAWohEiASICJJDQAL/QwAAID/AACA/wAAgP8AAID/IRpDAACA/yEZIAQhFSAEIBFBfHFBAnRqIRYCQANAIBUgFk8NASAV/QACACAX/eYBIRggFSAY/QsCACAaIBj96QEhGiAVQRBqIRUMAAsLIAQgEUECdGohFgJAA0AgFSAWTw0BIBUqAgAgC5QhHSAVIB04AgAgGSAdlyEZIBVBBGohFQwACwsgGSAaEAKXIRkgGf0TIRr9DAAAAAAAAAAAAAAAAAAAAAAhG0MAAAAAIRwgBCEVIAQgEUF8cUECdGohFgJAA0AgFSAWTw0BIBX9AAIAIBr95QEQHCEYIBUgGP0LAgAgGyAY/eQBIRsgFUEQaiEVDAALCyAEIBFBAnRqIRYCQANAIBUgFk8NASAVKgIAIBmT/RMQHP0fACEdIBUgHTgCACAcIB2SIRwgFUEEaiEVDAALCyAcIBsQAZIhHEMAAIA/IByVIR5BACEfAkADQCAfQSBqIAdLDQH9DAAAAAAAAAAAAAAAAAAAAAAhJP0MAAAAAAAAAAAAAAAAAAAAACEl/QwAAAAAAAAAAAAAAAAAAAAAISb9DAAAAAAAAAAAAAAAAAAAAAAhJ/0MAAAAAAAAAAAAAAAAAAAAACEo/QwAAAAAAAAAAAAAAAAAAAAAISn9DAAAAAAAAAAAAAAAAAAAAAAhKv0MAAAAAAAAAAAAAAAAAAAAACErIAIgDyAMbCAfQQJ0amohICAEIRUgBCARQQJ0aiEWA0AgFf0JAgAhLCAkICwgIP0AAgD95gH95AEhJCAlICwgIP0AAhD95gH95AEhJSAmICwgIP0AAiD95gH95AEhJiAnICwgIP0AAjD95gH95AEhJyAoICwgIP0AAkD95gH95AEhKCApICwgIP0AAlD95gH95AEhKSAqICwgIP0AAmD95gH95AEhKiArICwgIP0AAnD95gH95AEhKyAgIAxqISAgFUEEaiEVIBUgFkkNAAsgHv0TISwgISAfQQJ0aiEgICAgJCAs/eYB/QsCACAgICUgLP3mAf0LAhAgICAmICz95gH9CwIgICAgJyAs/eYB/QsCMCAgICggLP3mAf0LAkAgICApICz95gH9CwJQICAgKiAs/eYB/QsCYCAgICsgLP3mAf0LAnAgH0EgaiEfDAALCwJAA0AgH0EEaiAHSw0B/QwAAAAAAAAAAAAAAAAAAAAAISQgAiAPIAxsIB9BAnRqaiEgIAQhFQNAICQgFf0JAgAgIP0AAgD95gH95AEhJCAgIAxqISAgFUEEaiEVIBUgFkkNAAsgISAfQQJ0aiAkIB79E/3mAf0LAgAgH0EEaiEfDAALCwJAA0AgHyAHTw0BQwAAAAAhHSACIA8gDGwgH0ECdGpqISAgBCEVA0AgHSAVKgIAICAqAgCUkiEdICAgDGohICAVQQRqIRUgFSAWSQ0ACyAhIB9BAnRqIB0gHpQ4AgAgH0EBaiEfDAALCwsgDUEBaiENDAALCwsWACAAIAEgAiADQwAAgD9DAACAPxAhC6YBAgJ/AnsgBP0TIQggBf0TIQkgACADQXxxQQJ0aiEGIAAgA0ECdGohBwJAA0AgACAGTw0BIAIgCCAA/QACAP3mASAJIAH9AAIA/eYB/eQB/QsCACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsCQANAIAAgB08NASACIAQgACoCAJQgBSABKgIAlJI4AgAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC60DAgZ/AnsgB0UEQA8LIAdBAXYhCyALQQJ0IQwgB0ECdCENAkADQCAJIAZPDQFBACEKIAhFIAdBA3FFcQRAA0AgACAKav0AAgAhDyACIApqIA8gBCAKav0AAgD95gEgDyAP/Q0EBQYHAAECAwwNDg8ICQoLIAUgCmr9AAIA/eYB/eQB/QsCACAKQRBqIQogCiANSQ0ACwUgCEEARyAHQQdxRXEEQANAIAAgCmr9AAIAIQ8gACAKIAxqav0AAgAhECACIApqIA8gBCAKav0AAgD95gEgECAFIApq/QACAP3mAf3kAf0LAgAgCiAMaiEOIAIgDmogECAEIA5q/QACAP3mASAPIAUgDmr9AAIA/eYB/eQB/QsCACAKQRBqIQogCiAMSQ0ACwUCQANAIAogDU8NASAIBH8gCiAMaiAKIAxrIAogDEkbBSAKQQRzCyEOIAIgCmogACAKaioCACAEIApqKgIAlCAAIA5qKgIAIAUgCmoqAgCUkjgCACAKQQRqIQoMAAsLCwsgACABaiEAIAIgA2ohAiAEIA1qIQQgBSANaiEFIAlBAWohCQwACwsL7AEBBHsgACAB/ecB/eAB/QwAAADAAAAAwAAAAMAAAADA/eYBEBwhAiAC/V8hAyACIAL9DQgJCgsMDQ4PCAkKCwwNDg/9XyEE/QwAAAAAAADwPwAAAAAAAPA/IAP98QH9DAAAAAAAAPA/AAAAAAAA8D8gA/3wAf3zASED/QwAAAAAAADwPwAAAAAAAPA/IAT98QH9DAAAAAAAAPA/AAAAAAAA8D8gBP3wAf3zASEEIAP9XiAE/V79DQABAgMEBQYHEBESExQVFhchBSAFIAD9DAAAAIAAAACAAAAAgAAAAID9Tv1QIQUgASAF/eYBC2YCAn8BeyAD/RMhBiAAIAJBfHFBAnRqIQQCQANAIAAgBE8NASABIAD9AAIAIAYQI/0LAgAgAEEQaiEAIAFBEGohAQwACwsgAkEDcSEFIAUEQCABIAAgBRADIAYQIyAFQQBBBBAFCwuEBggEfwZ7AXwBewJ8AXsBfAF9IAVBfHFBAnQhCyAFQQJ0IQwCQANAIAkgBE8NAUQAAAAAAAAAACETIAgEQP0MAAAAAAAAAAAAAAAAAAAAACEQ/QwAAAAAAAAAAAAAAAAAAAAAIRFBACEKAkADQCAKIAtPDQEgACAKav0AAgAhDSAQIA39X/3wASEQIBEgDSAN/Q0ICQoLDA0ODwgJCgsMDQ4P/V/98AEhESAKQRBqIQoMAAsLIBAgEf3wASEQIBD9IQAgEP0hAaAhEwJAA0AgCiAMTw0BIBMgACAKaioCALugIRMgCkEEaiEKDAALCyATIAW4oyETCyAT/RQhFP0MAAAAAAAAAAAAAAAAAAAAACEQ/QwAAAAAAAAAAAAAAAAAAAAAIRFBACEKAkADQCAKIAtPDQEgACAKav0AAgAhDSAN/V8gFP3xASEOIA0gDf0NCAkKCwwNDg8ICQoLDA0OD/1fIBT98QEhDyAQIA4gDv3yAf3wASEQIBEgDyAP/fIB/fABIREgCkEQaiEKDAALCyAQIBH98AEhECAQ/SEAIBD9IQGgIRUCQANAIAogDE8NASAAIApqKgIAuyAToSEYIBUgGCAYoqAhFSAKQQRqIQoMAAsLIAe7IBUgBbijIAa7oJ+jIRYgFv0UIRdBACEKAkADQCAKIAtPDQEgACAKav0AAgAhDSAN/V8gFP3xASAX/fIB/V4hDiANIA39DQgJCgsMDQ4PCAkKCwwNDg/9XyAU/fEBIBf98gH9XiEPIA4gD/0NAAECAwQFBgcQERITFBUWFyESIAIEQCASIAIgCmr9AAIA/eYBIRILIAMEQCASIAMgCmr9AAIA/eQBIRILIAEgCmogEv0LAgAgCkEQaiEKDAALCwJAA0AgCiAMTw0BIAAgCmoqAgC7IBOhIBaitiEZIAIEQCAZIAIgCmoqAgCUIRkLIAMEQCAZIAMgCmoqAgCSIRkLIAEgCmogGTgCACAKQQRqIQoMAAsLIAAgDGohACABIAxqIQEgCUEBaiEJDAALCwuZAQEEfyADQXxxQQJ0IQYgA0ECdCEHAkADQCAEIAJPDQFBACEFAkADQCAFIAZPDQEgACAFaiAAIAVq/QACACABIAVq/QACAP3kAf0LAgAgBUEQaiEFDAALCwJAA0AgBSAHTw0BIAAgBWogACAFaioCACABIAVqKgIAkjgCACAFQQRqIQUMAAsLIAAgB2ohACAEQQFqIQQMAAsLCzIBAX8CQANAIAYgBE8NASACIAAgBfwKAAAgACABaiEAIAIgA2ohAiAGQQFqIQYMAAsLC7QDAQR7IAD9DAAAAAAAAAAAAAAAAAAAAAD9SiEEIAH9DAAAAAAAAAAAAAAAAAAAAAD9SiEFIAAgBP0M7zn6/kIuRkDvOfr+Qi5GQP1O/fEBIQAgASAF/QzvOfr+Qi5GQO85+v5CLkZA/U798QEhASAA/QwAAAAAAABawAAAAAAAAFrA/fUB/QwAAAAAAEBWQAAAAAAAQFZA/fQBIQAgAf0MAAAAAAAAWsAAAAAAAABawP31Af0MAAAAAABAVkAAAAAAAEBWQP30ASEBIAD9XiAB/V79DQABAgMEBQYHEBESExQVFhchAiACEBwhAyAD/V/9DAAAAAAAAPA/AAAAAAAA8D8gACAC/V/98QH98AH98gH9DAAAAAAAAPBDAAAAAAAA8EP9DAAAAAAAAPA/AAAAAAAA8D8gBP1S/fIBIAMgA/0NCAkKCwwNDg8ICQoLDA0OD/1f/QwAAAAAAADwPwAAAAAAAPA/IAEgAiAC/Q0ICQoLDA0ODwgJCgsMDQ4P/V/98QH98AH98gH9DAAAAAAAAPBDAAAAAAAA8EP9DAAAAAAAAPA/AAAAAAAA8D8gBf1S/fIBC2gAIAD9X/0MAAAAAAAA8D8AAAAAAADwPyAB/fAB/fMB/V4gACAA/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9DAAAAAAAAPA/AAAAAAAA8D8gAv3wAf3zAf1e/Q0AAQIDBAUGBxAREhMUFRYXCyIAIAD9DAAAAAAAAAAAAAAAAAAAAAD96wEhACAAIAD95gELLQEBeyAA/eEBEBwhASAAIAH9XyABIAH9DQgJCgsMDQ4PCAkKCwwNDg/9XxApCz0A/QxRNtQzRYj5v1E21DNFiPm/IAD9DPcBSG3i5KY/9wFIbeLkpj8gACAAIAD98gH98gH98gH98AH98gELMgECeyAA/V8QLCAAIAD9DQgJCgsMDQ4PCAkKCwwNDg/9XxAsECghAiEBIAAgASACECkLrQIBAXv9DKSldq8o38U/pKV2ryjfxT8gAf3yAf0M/d6FMRJP6r/93oUxEk/qv/3wASECIAIgAf3yAf0MvqFTBPbQ9z++oVME9tD3P/3wASECIAIgAf3yAf0MgDkGpssp8r+AOQamyynyv/3wASECIAIgAf3yAf0M5hwjdvnY0T/mHCN2+djRP/3wASECIAIgAf3yAf0MpeqqgknYx7+l6qqCSdjHv/3wASECIAIgAf3yAf0M8MPeF9nGuD/ww94X2ca4P/3wASECIAIgAf3yAf0M6mB5Zx/x1z/qYHlnH/HXP/3wASECIAIgAf3yAf0MiDWN1BgA8D+INY3UGADwP/3wASECIAAgAP3yAf3tAf0MxZuIwIk/9D/Fm4jAiT/0P/3xASABIAL98gH98AELWAEBeyABIAL98gEhA/0MAAAAAAAA4D8AAAAAAADgPyAA/fIB/QwAAAAAAAAAQAAAAAAAAABAIAP98QEgAyAA/QwAAAAAAAAAAAAAAAAAAAAA/Ur9Uv3yAQuYAgEGeyAA/V8hASAAIAD9DQgJCgsMDQ4PCAkKCwwNDg/9XyEC/QwAAAAAAADwPwAAAAAAAPA//QwAAAAAAADwPwAAAAAAAPA//QzMO39mnqDWP8w7f2aeoNY/IAH97AH98gH98AH98wEhA/0MAAAAAAAA8D8AAAAAAADwP/0MAAAAAAAA8D8AAAAAAADwP/0MzDt/Zp6g1j/MO39mnqDWPyAC/ewB/fIB/fAB/fMBIQT9DM07f2aeoOY/zTt/Zp6g5j8gAf3sAf3yASADEC79DM07f2aeoOY/zTt/Zp6g5j8gAv3sAf3yASAEEC4QKCEGIQUgASADIAUQL/1eIAIgBCAGEC/9Xv0NAAECAwQFBgcQERITFBUWFwuAAQECfyAAIAJBfHFBAnRqIQMCQANAIAAgA08NASABIAD9AAIA/QwAAAAAAAAAAAAAAAAAAAAA/esB/QsCACAAQRBqIQAgAUEQaiEBDAALCyACQQNxIQQgBARAIAEgACAEEAP9DAAAAAAAAAAAAAAAAAAAAAD96wEgBEEAQQQQBQsLWgECfyAAIAJBfHFBAnRqIQMCQANAIAAgA08NASABIAD9AAIAECr9CwIAIABBEGohACABQRBqIQEMAAsLIAJBA3EhBCAEBEAgASAAIAQQAxAqIARBAEEEEAULC1oBAn8gACACQXxxQQJ0aiEDAkADQCAAIANPDQEgASAA/QACABAr/QsCACAAQRBqIQAgAUEQaiEBDAALCyACQQNxIQQgBARAIAEgACAEEAMQKyAEQQBBBBAFCwtaAQJ/IAAgAkF8cUECdGohAwJAA0AgACADTw0BIAEgAP0AAgAQLf0LAgAgAEEQaiEAIAFBEGohAQwACwsgAkEDcSEEIAQEQCABIAAgBBADEC0gBEEAQQQQBQsLWgECfyAAIAJBfHFBAnRqIQMCQANAIAAgA08NASABIAD9AAIAEDD9CwIAIABBEGohACABQRBqIQEMAAsLIAJBA3EhBCAEBEAgASAAIAQQAxAwIARBAEEEEAULC5kBAQJ/IAAgA0F8cUECdGohBAJAA0AgACAETw0BIAIgAP0AAgD9DAAAAAAAAAAAAAAAAAAAAAD96wEgAf0AAgD95gH9CwIAIABBEGohACABQRBqIQEgAkEQaiECDAALCyADQQNxIQUgBQRAIAIgACAFEAP9DAAAAAAAAAAAAAAAAAAAAAD96wEgASAFEAP95gEgBUEAQQQQBQsLcwECfyAAIANBfHFBAnRqIQQCQANAIAAgBE8NASACIAD9AAIAECogAf0AAgD95gH9CwIAIABBEGohACABQRBqIQEgAkEQaiECDAALCyADQQNxIQUgBQRAIAIgACAFEAMQKiABIAUQA/3mASAFQQBBBBAFCwtzAQJ/IAAgA0F8cUECdGohBAJAA0AgACAETw0BIAIgAP0AAgAQKyAB/QACAP3mAf0LAgAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIANBA3EhBSAFBEAgAiAAIAUQAxArIAEgBRAD/eYBIAVBAEEEEAULC3MBAn8gACADQXxxQQJ0aiEEAkADQCAAIARPDQEgAiAA/QACABAtIAH9AAIA/eYB/QsCACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgA0EDcSEFIAUEQCACIAAgBRADEC0gASAFEAP95gEgBUEAQQQQBQsLcwECfyAAIANBfHFBAnRqIQQCQANAIAAgBE8NASACIAD9AAIAEDAgAf0AAgD95gH9CwIAIABBEGohACABQRBqIQEgAkEQaiECDAALCyADQQNxIQUgBQRAIAIgACAFEAMQMCABIAUQA/3mASAFQQBBBBAFCwtvAQJ/IAAgA0F8cUECdGohBAJAA0AgACAETw0BIAIgAP0AAgAgAf0AAgD95gH9CwIAIABBEGohACABQRBqIQEgAkEQaiECDAALCyADQQNxIQUgBQRAIAIgACAFEAMgASAFEAP95gEgBUEAQQQQBQsL";var Ly=278544,Gp=32,Py=Object.freeze(["relu","relu2","silu","gelu_tanh","gelu_erf"]),SB=Object.freeze(["matmul_f32","matmul_i8","dequant_i8","quant_x","quant_x_row_bytes","matmul_i8x","matmul_q4x","dequant_q4x","rmsnorm_rows","norm_rows","attention","exp_f32","add_rows","bias_rows","mix_rows","mul_rows","copy_rows","rope_rows","softcap",...Py,...Py.map(o=>`${o}_mul`)]),EB=new Uint8Array([0,97,115,109,1,0,0,0,1,5,1,96,0,1,123,3,2,1,0,10,22,1,20,0,253,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11]),Gc=null,Wp={plain:null,shared:null},Oy=new WeakMap;function _B(o){let e=atob(o),t=new Uint8Array(e.length);for(let n=0;n<e.length;n++)t[n]=e.charCodeAt(n);return t}function Hp(){if(Gc===null)try{Gc=typeof WebAssembly=="object"&&WebAssembly.validate(EB)}catch{Gc=!1}return Gc}function vB(o){let e=_B(By);if(o){if(e[275]!==1)throw new Error("emlx kernels: kernels-wasm.js is inconsistent (rebuild with npm run build:kernels)");e[275]=3}return e}function $B(o){return typeof SharedArrayBuffer<"u"&&o.buffer instanceof SharedArrayBuffer}function qp(o){let e=o?"shared":"plain";return Wp[e]||(Wp[e]=new WebAssembly.Module(vB(o))),Wp[e]}function My(o){if(!(o instanceof WebAssembly.Memory))throw new TypeError("instantiateKernels: expected a WebAssembly.Memory");let e=Oy.get(o);if(e)return e;let t=$B(o),{exports:n}=new WebAssembly.Instance(qp(t),{env:{memory:o}}),r={memory:o,shared:t};for(let s of SB)r[s]=n[s];return Object.freeze(r),Oy.set(o,r),r}var gt=Object.freeze({F32:1,I8:2,I8X:3,I8_DEQ_F32:4,Q4X:5,Q4_DEQ_F32:6}),Qn=8,RB=4,Vy=1<<20,vo=0,Hc=1,zy=2,Kp=3,Wy=8,qc=32,Kc=64,Xp=qc+2*Kc,Qy=255,NB=254,TB=Xp+Kc,Uy=1e3,Gy=Object.freeze({NEXT:vo,FIN:Hc,STOP:zy,ERR:Kp,JOB:Wy,PER:qc,STAT:Xp});function jc(o,e,t,n,r,s,a,i,c,l,u,p,d){e===1?o.matmul_f32(t,n,s,a,i,c,u):e===2?o.matmul_i8(t,n,r,s,a,i,c):e===3?o.matmul_i8x(l,n,r,s,a,i,c):e===5?o.matmul_q4x(l,n,r,s,a,i,c,p):(e===6?o.dequant_q4x(n,r,l,c,i,p,d):o.dequant_i8(n,r,l,c,i),o.matmul_f32(t,l,s,a,i,c,u))}function Hy(o,e,t,n,r,s){let a=n.JOB,i=null;for(;;){let c=Atomics.load(e,n.NEXT);if(c>>>8!==r)return i;let l=v=>e[v]>>>0,u=e[a],p=l(a+1),d=l(a+2),f=l(a+3),h=l(a+4),m=l(a+5),g=l(a+6),A=l(a+7),x=l(a+8),b=l(a+9),y=l(a+10),I=l(a+11),k=l(a+12),S=l(n.PER+2*t),E=l(n.PER+2*t+1),_=c&255;if(_>=y)return i;if(Atomics.compareExchange(e,n.NEXT,c,c+1)===c){try{let v=_*b,B=Math.min(A,v+b)-v,N=u===5||u===6,T=u===1?4*g:N?g>>>1:g,F=N?8*(g/I):4,D=u===4||u===6;s(o,u,p,d+v*T,f+v*F,m===1?h+4*v:S,m,g,B,D?x+4*v*g:x,E,I,k),m!==1&&o.copy_rows(S,4*B,h+4*v,4*A,m,4*B)}catch(v){i=i??v}Atomics.add(e,n.STAT+t,1),Atomics.add(e,n.FIN,1)+1===y&&Atomics.notify(e,n.FIN)}}}function DB(o,e,t,n,r){e(s=>{let{module:a,memory:i,ctrl:c,index:l,spin:u}=s,p=new WebAssembly.Instance(a,{env:{memory:i}}).exports,d=new Int32Array(c),f=0;for(o("ready");;){let h=Atomics.load(d,r.NEXT);for(let m=0;(h>>>8===f||(h&255)===255)&&!Atomics.load(d,r.STOP);m++)m>=u&&Atomics.wait(d,r.NEXT,h),h=Atomics.load(d,r.NEXT);if(Atomics.load(d,r.STOP))return;f=h>>>8,t(p,d,l,r,f,n)&&Atomics.compareExchange(d,r.ERR,0,1+l)}})}var qy=(o,e)=>`(${DB})(${o}, ${e}, ${Hy}, ${jc}, ${JSON.stringify(Gy)});
`,BB=`const { parentPort } = require("node:worker_threads");
`+qy("(m) => parentPort.postMessage(m)",'(f) => parentPort.once("message", f)'),FB=qy("(m) => self.postMessage(m)","(f) => { self.onmessage = (e) => { self.onmessage = null; f(e.data); }; }");function jp(){return typeof process<"u"&&!!process.versions?.node&&typeof window>"u"}function Ky(){return typeof SharedArrayBuffer>"u"||typeof crossOriginIsolated<"u"&&!crossOriginIsolated?"SharedArrayBuffer is unavailable (the page is not cross-origin isolated: serve it with Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp)":!jp()&&typeof Worker>"u"?"this context cannot start Web Workers":null}function PB(){return jp()?!0:typeof window>"u"}async function OB(o){if(jp()){let n="node:worker_threads",{Worker:r}=await import(n),s=new r(BB,{eval:!0});return s.unref(),{send:a=>s.postMessage(a),ready:new Promise((a,i)=>{s.once("message",a),s.once("error",i)}),end:()=>s.terminate(),index:o}}let e=URL.createObjectURL(new Blob([FB],{type:"text/javascript"})),t=new Worker(e);return URL.revokeObjectURL(e),{send:n=>t.postMessage(n),ready:new Promise((n,r)=>{t.onmessage=()=>n(),t.onerror=s=>r(new Error(`emlx threads: worker failed to start (${s.message??"error"})`))}),end:()=>t.terminate(),index:o}}var Xc=class o{constructor(e,t,n,r,s=Uy){if(!Number.isInteger(e)||e<2||e>Kc)throw new Error(`emlx threads: threads must be an integer in 2..${Kc}, got ${e}`);this.threads=e,this.heap=t,this.module=n,this.K=r,this.ctrl=new Int32Array(new SharedArrayBuffer(4*TB)),this.workers=[],this._tmp=new Array(e).fill(0),this._tmpBytes=new Array(e).fill(0),this._pack=new Array(e).fill(0),this._block=PB(),this.spin=s,this.gen=0,this.jobs=0,Atomics.store(this.ctrl,vo,Qy),this.closed=!1}static async start(e,t,n,r,s=Uy){if(!Number.isInteger(s)||s<0)throw new Error(`emlx threads: spin must be a non-negative integer, got ${s}`);let a=new o(e,t,n,r,s);try{for(let i=1;i<e;i++)a.workers.push(await OB(i));for(let i of a.workers)i.send({module:n,memory:t.memory,ctrl:a.ctrl.buffer,index:i.index,spin:s});await Promise.all(a.workers.map(i=>i.ready))}catch(i){throw a.close(),i}return a}_blocks(e,t){let n=this.ctrl;for(let r=0;r<this.threads;r++)e>this._tmpBytes[r]&&(this.heap.release(this._tmp[r]),this._tmp[r]=this.heap.alloc(e,"threads"),this._tmpBytes[r]=e),t&&!this._pack[r]&&(this._pack[r]=this.heap.alloc(t,"threads")),n[qc+2*r]=this._tmp[r],n[qc+2*r+1]=t?this._pack[r]:0}run(e,t,n,r,s,a,i,c,l,u,p=0,d=0){if(this.closed)throw new Error("emlx threads: the pool has been closed");let f=this.ctrl,h=Math.ceil(c/(this.threads*RB)/Qn)*Qn,m=Math.max(h,Qn*Math.ceil(c/NB/Qn)),g=Math.ceil(c/m);Atomics.store(f,vo,this.gen<<8|Qy),this._blocks(a===1?0:4*a*m,u);let A=[e,t,n,r,s,a,i,c,l,m,g,p,d];for(let y=0;y<A.length;y++)f[Wy+y]=A[y]|0;Atomics.store(f,Hc,0),this.gen=this.gen%8388607+1,this.jobs++,Atomics.store(f,vo,this.gen<<8),Atomics.notify(f,vo);let x=Hy(this.K,f,0,Gy,this.gen,jc);for(;;){let y=Atomics.load(f,Hc);if(y===g)break;this._block&&Atomics.wait(f,Hc,y,1e3)}if(x)throw x;let b=Atomics.load(f,Kp);if(b)throw Atomics.store(f,Kp,0),new Error(`emlx threads: a kernel failed in worker ${b-1} (op ${e}, n ${a}, K ${i}, N ${c})`)}chunksRun(){return Array.from({length:this.threads},(e,t)=>Atomics.load(this.ctrl,Xp+t))}close(){if(!this.closed){this.closed=!0,Atomics.store(this.ctrl,zy,1),Atomics.store(this.ctrl,vo,0),Atomics.notify(this.ctrl,vo);for(let e of this.workers)e.end();this.workers=[]}}};var ce=Math.fround;function Jc(o){let e=Cp(o),t=c=>c in e?c:null,n=c=>({weight:t(`${c}.weight`),bias:t(`${c}.bias`)}),r=c=>({weight:t(`${c}.weight`),bias:t(`${c}.bias`)}),s=new Set(o.value_embed?o.value_embed.layers:[]),a=[];for(let c=0;c<o.n_layer;c++){let l=`blocks.${c}.`,u=o.window[c];a.push({index:c,window:u,maxKeep:u===null?1/0:u-1,attnNorm:n(`${l}attn_norm`),q:r(`${l}attn.c_q`),k:r(`${l}attn.c_k`),v:r(`${l}attn.c_v`),qNorm:t(`${l}attn.q_norm.weight`),kNorm:t(`${l}attn.k_norm.weight`),proj:r(`${l}attn.c_proj`),mlpNorm:n(`${l}mlp_norm`),gate:o.mlp.gated?r(`${l}mlp.c_gate`):null,fc:r(`${l}mlp.c_fc`),down:r(`${l}mlp.c_proj`),ve:s.has(c)?{table:`value_embeds.${c}.weight`,gate:`${l}attn.ve_gate.weight`}:null,emlK:t(`${l}mlp.eml_k`)})}let i=o.rope?o.rope.rotary_dim??o.head_dim:0;return{C:o.n_embd,H:o.n_head,KV:o.n_kv_head,D:o.head_dim,G:o.n_head/o.n_kv_head,hidden:o.mlp_hidden,vocab:o.vocab_size,paddedVocab:o.padded_vocab_size,eps:ce(o.norm_eps),norm:{kind:o.norm.kind,layer:o.norm.kind==="layer"},embed:{wte:"wte.weight",wpe:t("wpe.weight"),norm:o.embed.norm?n("embed_norm"):null},head:o.embed.tied?"wte.weight":"lm_head.weight",finalNorm:n("final_norm"),residual:o.residual,rope:o.rope?{rd:i,half:o.rope.style==="half"}:null,qkNorm:o.qk_norm,qkScale:ce(o.qk_scale),attnScale:ce(o.attn.scale??1/Math.sqrt(o.head_dim)),gated:o.mlp.gated,activation:o.activation,smear:o.smear,backout:o.backout,softcap:o.softcap===null?null:ce(o.softcap),layers:a}}function Jp(o){return LB.some(e=>e.test(o))}var LB=Ve.heap.host.map(o=>new RegExp(`^${o.replace(/[.]/g,"\\.").replace("{i}","\\d+")}$`));function Un(o){let e=o.bytes??o.stored.bytes;return e instanceof Int8Array?e:new Int8Array(e.buffer,e.byteOffset,e.byteLength)}function it(o){if(o.dtype!=="int8")return o.data;let e=Un(o),t=o.shape[0],n=t?e.length/t:0,r=new Float32Array(e.length);for(let s=0;s<t;s++){let a=o.scale[s];for(let i=0,c=s*n;i<n;i++)r[c+i]=e[c+i]*a}return r}function Zc(o){let e=o.dtype==="int8"?null:o.data;if(!e||e.length!==1)throw new Error(`expected a float scalar, got ${o.dtype} of shape ${JSON.stringify(o.shape)}`);return e[0]}function jy(o,e=0,t=o.length-e){let n=e,r=o[e];for(let s=e+1;s<e+t;s++)o[s]>r&&(r=o[s],n=s);return n-e}function Zp(o,e,t,n,r,s=1){let a=new Float32Array(s*e*n),i=!1;for(let c=0;c<e;c++){let l=o+c;for(let u=0;u<n;u++){let p=t+u;if(!(p<=l&&(r===null||p>l-r))){i=!0;for(let f=0;f<s;f++)a[(f*e+c)*n+u]=-1e30}}}return i?a:null}var Yp=new Float32Array(1),Xy=new Uint32Array(Yp.buffer);function Yy(o){Yp[0]=o;let e=Xy[0];if((e&2139095040)===2139095040)return o;let t=e+32767+(e>>>16&1)>>>0;return Xy[0]=t&4294901760,Yp[0]}function Jy(o){if(o=ce(o),!Number.isFinite(o)||o===0)return o;let e=Math.abs(o);if(e>=65520)return Math.sign(o)*(1/0);let t=Math.floor(Math.log2(e));2**t>e&&(t-=1),2**(t+1)<=e&&(t+=1);let n=2**(Math.max(t,-14)-10),r=e/n,s=Math.floor(r),a=r-s;return(a>.5||a===.5&&s%2===1)&&(s+=1),Math.sign(o)*s*n}function MB(o){if(o==="float32")return e=>e;if(o==="bfloat16")return Yy;if(o==="float16")return Jy;throw new Error(`unsupported rope.table_dtype ${o}`)}function QB(o){let e=o.rope,t=e.rotary_dim??o.head_dim,n=t/2,r=ce(e.base),s=new Float32Array(n);for(let i=0;i<n;i++)s[i]=ce(1/ce(Math.pow(r,ce(ce(2*i)/ce(t)))));let a=e.scaling??{kind:"none",params:{}};if(a.kind==="linear"){let i=ce(a.params.factor);for(let c=0;c<n;c++)s[c]=ce(s[c]/i)}else if(a.kind==="llama3"){let{factor:i,low_freq_factor:c,high_freq_factor:l,original_max_position_embeddings:u}=a.params,p=ce(i),d=ce(u/c),f=ce(u/l),h=ce(2*Math.PI),m=ce(l-c);for(let g=0;g<n;g++){let A=s[g],x=ce(ce(1/A)*h);if(x>d)s[g]=ce(A/p);else if(!(x<f)){let b=ce(ce(ce(ce(1/x)*ce(u))-ce(c))/m);s[g]=ce(ce(ce(ce(1-b)*A)/p)+ce(b*A))}}}else if(a.kind!=="none")throw new Error(`unsupported rope.scaling.kind ${a.kind}`);return s}function Zy(o,e,t){let n=QB(o),r=n.length,s=MB(o.rope.table_dtype),a=new Float32Array(t*r),i=new Float32Array(t*r);for(let c=0;c<t;c++){let l=ce(e+c);for(let u=0;u<r;u++){let p=ce(l*n[u]);a[c*r+u]=s(ce(Math.cos(p))),i[c*r+u]=s(ce(Math.sin(p)))}}return{cos:a,sin:i}}function Ia(o,e,t,{full:n=!1}={}){let r=o.head_dim,s=o.rope.rotary_dim??r,a=n?r:s,i=s/2,c=o.rope.sign,{cos:l,sin:u}=Zy(o,e,t),p=new Float32Array(t*a),d=new Float32Array(t*a),f=new Int32Array(a),h=o.rope.style==="interleaved";for(let m=0;m<i;m++){let g=h?2*m:m,A=h?2*m+1:m+i;f[g]=A,f[A]=g;for(let x=0;x<t;x++){let b=l[x*i+m],y=u[x*i+m];p[x*a+g]=b,p[x*a+A]=b,d[x*a+g]=-c*y,d[x*a+A]=c*y}}for(let m=s;m<a;m++){f[m]=m;for(let g=0;g<t;g++)p[g*a+m]=1}return{C:p,S:d,partner:f}}var je=Ve.heap;function eo(o){let e=je.align;return Math.ceil(o/e)*e}function UB(o){let e=1;for(;e<o;)e*=2;return e}function ew(o,e,t,n,r=null){if(Jp(o))return[0,0];let s=t.reduce((a,i)=>a*i,1);return e==="int8"&&n?[eo(s),eo(4*(t.length?t[0]:1))]:e==="q4"&&n?[eo(s/2),eo(8*(s/r.groupSize))]:[eo(4*s),0]}function*tw(o,e){for(let t of je.linear){if(t.when&&!ed(t.when,o))continue;let n=t.name.includes("{i}")?o.window.map((r,s)=>t.name.replace("{i}",String(s))):[t.name];for(let r of n){let s=e[r];s&&(s.dtype==="int8"||s.dtype==="q4")&&(yield[s,t])}}}function ow(o,e,t){if(!t)return 0;let n=0;for(let[r,s]of tw(o,e))n=Math.max(n,(s.rows?o[s.rows]:r.shape[0])*r.shape[1]);return n}function nw(o,e,t){if(!t)return 0;let n=0;for(let[r]of tw(o,e))n=Math.max(n,r.shape[1]);return n}function rw(o){return o?4+16*Math.ceil(o/16)+4*Math.ceil(o/128):0}function Yc(o,e){let t=o;for(let n of e.split("."))t=t!==null&&typeof t=="object"?t[n]:void 0;return t}function ed(o,e){if("all"in o)return o.all.every(r=>ed(r,e));if("present"in o)return Yc(e,o.present)!==null&&Yc(e,o.present)!==void 0;let[t,n]=o.equals;return Yc(e,t)===n}function VB(o,e,t){if(o in t)return t[o];if(typeof o=="number")return o;let n=Ve.dims[o];if(!n)throw new Error(`heap table: unknown symbol ${o}`);return n.map(r=>Yc(e,r)).reduce((r,s)=>r*s,1)}function sw(o,{T:e,R:t,K:n,I8:r,XQ:s=0,stateless:a}){let i={T:e,R:t,K:n,I8:r,XQ:s},c={},l=0;for(let u of je.scratch){if(u.when&&("stateless"in u.when&&u.when.stateless!==a||"rows_at_least"in u.when&&e<u.when.rows_at_least||"spec"in u.when&&!ed(u.when.spec,o)))continue;let p=u.bytes??4*u.floats.reduce((d,f)=>d*VB(f,o,i),1);c[u.name]=l,l+=eo(p)}return{offsets:c,bytes:l}}function el(o,e){return Math.max(Math.min(o.sequence_len,je.rope.first_rows),UB(Math.max(1,e)))}function aw({cap:o,start:e,len:t},n,r){if(e+t+n<=o)return{cap:o,start:e,len:t,move:"none"};let s=Math.min(t,r);if(o>0&&o>=2*s+n)return{cap:o,start:0,len:s,move:"compact"};let a=Math.max(je.cache.min_rows,2*o,s+n);return r!==1/0&&(a=Math.max(s+n,Math.min(a,2*r+n+je.cache.slack_rows))),{cap:a,start:0,len:s,move:"grow"}}var It=65536,td=je.max_bytes/It;function iw(o){return Math.ceil(o/It)}var tl=class{constructor({initialBytes:e=It,shared:t=!1}={}){let n=Math.min(td,Math.max(1,iw(je.reserved+e)));try{this.memory=new WebAssembly.Memory({initial:n,maximum:td,shared:t})}catch(r){throw new Error(`emlx wasm heap: out of memory creating ${n*It} bytes (${r.message})`)}this.shared=t,this.free=[{off:je.reserved,size:n*It-je.reserved}],this.blocks=new Map,this.byTag={},this.live=0,this.peak=0,this._buf=null,this._f32=null,this._u8=null}get bytes(){return this.memory.buffer.byteLength}get f32(){return this._views(),this._f32}get u8(){return this._views(),this._u8}_views(){let e=this.memory.buffer;(e!==this._buf||this._u8.byteLength!==e.byteLength)&&(this._buf=e,this._f32=new Float32Array(e),this._u8=new Uint8Array(e))}alloc(e,t){let n=Math.max(je.align,eo(e)),r=this.free.findIndex(i=>i.size>=n);r<0&&(r=this._grow(n));let s=this.free[r],a=s.off;return s.size===n?this.free.splice(r,1):(s.off+=n,s.size-=n),this.blocks.set(a,{size:n,tag:t}),this.byTag[t]=(this.byTag[t]??0)+n,this.live+=n,this.peak=Math.max(this.peak,this.live),a}release(e){if(!e)return;let t=this.blocks.get(e);if(!t)throw new Error(`emlx wasm heap: no block at ${e}`);this.blocks.delete(e),this.byTag[t.tag]-=t.size,this.live-=t.size;let n=0;for(;n<this.free.length&&this.free[n].off<e;)n++;this.free.splice(n,0,{off:e,size:t.size}),n+1<this.free.length&&this.free[n].off+this.free[n].size===this.free[n+1].off&&(this.free[n].size+=this.free[n+1].size,this.free.splice(n+1,1)),n>0&&this.free[n-1].off+this.free[n-1].size===this.free[n].off&&(this.free[n-1].size+=this.free[n].size,this.free.splice(n,1))}_grow(e){let t=this.bytes,n=this.free[this.free.length-1],r=n&&n.off+n.size===t?n.size:0,s=iw(e-r),a=this.memory.buffer.byteLength/It+s;if(a>td)throw new Error(`emlx wasm heap: out of memory: ${e} more bytes would need ${a*It} bytes, over the ${je.max_bytes} a wasm memory can hold (${this.live} bytes in use)`);try{this.memory.grow(s)}catch(i){throw new Error(`emlx wasm heap: out of memory growing to ${a*It} bytes (${i.message})`)}return r?n.size+=s*It:this.free.push({off:t,size:s*It}),this.free.length-1}stats(){return{byTag:{...this.byTag},live:this.live,peak:this.peak,memoryBytes:this.bytes}}};var ve=Math.fround,zB=8,cw=new Set;var ol=class{constructor(e,t,n={}){this.kind="emlx-wasm-kernels",this.spec=e,this.plan=Jc(e),this.int8Resident=n.int8!=="float32";let r=0;for(let[c,l]of Object.entries(t))r+=ew(c,l.dtype,l.shape,this.int8Resident,l.q4).reduce((u,p)=>u+p,0);let s=n.threads??1;if(!Number.isInteger(s)||s<1||s>64)throw new Error(`GPT: options.threads must be an integer from 1 to 64, got ${JSON.stringify(s)}`);this.threadsRequested=s,this.threadsMinWork=n.threadsMinWork??Vy;for(let[c,l]of[["threadsMinWork",this.threadsMinWork],["threadsSpin",n.threadsSpin??0]])if(!Number.isInteger(l)||l<0)throw new Error(`GPT: options.${c} must be a non-negative integer, got ${JSON.stringify(l)}`);this.threadsNote=null;let a=s>1?Ky():null;a&&(this.threadsNote=`running on 1 thread instead of ${s}: ${a}`);let i=s>1&&!a;this.heap=new tl({initialBytes:r+(1<<20),shared:!!n.sharedMemory||i}),this._live=new WeakRef(this.heap),cw.add(this._live),this.K=My(this.heap.memory),this.w={},this.host={},this._i8=ow(e,t,this.int8Resident),this._xq=rw(nw(e,t,this.int8Resident)),this._scratch=0,this._scratchBytes=0,this._rope=null,this.disposed=!1,this.pool=null,this._starting=null,i&&(this._starting=Xc.start(s,this.heap,qp(!0),this.K,n.threadsSpin).then(c=>{this.disposed?c.close():this.pool=c},c=>{this.threadsNote=`running on 1 thread instead of ${s}: the workers did not start (${c.message})`}))}get threads(){return this.pool?this.pool.threads:1}get threadJobs(){return this.pool?this.pool.jobs:0}async threadsReady(){this._starting&&await this._starting}accept(e,t){if(Jp(e)){this.host[e]=Float32Array.from(it(t));return}let n=t.shape.reduce((i,c)=>i*c,1),r=t.shape.length>=2?t.shape[0]:1,s={rows:r,cols:r?n/r:0,int8:!1,off:0,s:0,g:0,affine:!1},a=this.heap;if(t.dtype==="q4"&&this.int8Resident){let i=t.q4.groupSize,c=n/i;s.g=i,s.affine=t.q4.affine,s.off=a.alloc(n/2,"weights"),s.s=a.alloc(8*c,"weights");let l=t.bytes??t.stored.bytes;a.u8.set(l instanceof Uint8Array?l:new Uint8Array(l.buffer,l.byteOffset,l.byteLength),s.off);let u=a.f32.subarray(s.s>>>2,(s.s>>>2)+2*c),{scale:p,offset:d}=t;for(let f=0;f<c;f++)u[2*f]=p[f],u[2*f+1]=d?d[f]:-8*p[f]}else if(t.dtype==="int8"&&this.int8Resident){s.int8=!0,s.off=a.alloc(n,"weights"),s.s=a.alloc(4*r,"weights");let i=Un(t);a.u8.set(new Uint8Array(i.buffer,i.byteOffset,i.byteLength),s.off),a.f32.set(t.scale,s.s>>>2)}else s.off=a.alloc(4*n,"weights"),a.f32.set(it(t),s.off>>>2);this.w[e]=s}finish(){let{plan:e}=this,t=n=>{if(!(n in this.host))throw new Error(`GPT: bundle has no tensor "${n}"`);return this.host[n]};e.residual==="lambdas"&&(this.resid=Array.from(t("resid_lambdas"),ve),this.x0l=Array.from(t("x0_lambdas"),ve)),e.smear&&(this.smearLambda=ve(t("smear_lambda")[0])),e.backout&&(this.backoutLambda=ve(t("backout_lambda")[0])),this.logK=e.layers.map(n=>n.emlK?ve(Math.log(t(n.emlK)[0])):null);for(let n of e.layers)for(let r of[n.q,n.k,n.v,n.proj,n.fc,n.down])if(!this.w[r.weight])throw new Error(`GPT: bundle has no tensor "${r.weight}"`);e.rope&&this._growRope(1)}get residentWeightBytes(){let e=Object.values(this.host).reduce((t,n)=>t+n.byteLength,0);return(this.heap.byTag.weights??0)+e}get int8Weights(){return Object.values(this.w).some(e=>e.int8)}get q4Weights(){return Object.values(this.w).some(e=>e.g)}get sharedMemory(){return this.heap.shared}heapStats(){return this.heap.stats()}dispose(){this.disposed||(this.disposed=!0,cw.delete(this._live),this.pool&&this.pool.close(),this.pool=null,this.heap=null,this.w={},this.host={})}_growRope(e){let t=el(this.spec,e);if(this._rope&&this._rope.rows>=t)return;let{C:n,S:r}=Ia(this.spec,0,t),s=this.heap;this._rope&&(s.release(this._rope.c),s.release(this._rope.s));let a=s.alloc(4*n.length,"rope"),i=s.alloc(4*r.length,"rope");s.f32.set(n,a>>>2),s.f32.set(r,i>>>2),this._rope={rows:t,c:a,s:i}}_scratchFor(e){return e>this._scratchBytes&&(this.heap.release(this._scratch),this._scratch=this.heap.alloc(e,"scratch"),this._scratchBytes=e),this._scratch}createCache(){let e=this,t=()=>({k:0,v:0,cap:0,start:0,len:0});return{pos:0,layers:this.plan.layers.map(t),prevX:null,disposed:!1,engine:e,dispose(){if(!this.disposed&&!e.disposed)for(let n of this.layers)e.heap.release(n.k),e.heap.release(n.v);this.layers=this.layers.map(t),this.prevX=null,this.disposed=!0},sizes(){return this.layers.map(n=>n.len)}}}_reserve(e,t,n){let r=aw(e,n,this.plan.layers[t].maxKeep);if(r.move==="none")return;let{KV:s,D:a}=this.plan,i=e.len-r.len;if(r.move==="compact"){let p=this.heap.f32;for(let d of[e.k,e.v]){let f=d>>>2;for(let h=0;h<s;h++){let m=f+(h*e.cap+e.start+i)*a;p.copyWithin(f+h*e.cap*a,m,m+r.len*a)}}Object.assign(e,{start:0,len:r.len});return}let c=this.heap.alloc(4*s*r.cap*a,"cache"),l=this.heap.alloc(4*s*r.cap*a,"cache"),u=this.heap.f32;if(e.k){for(let[p,d]of[[e.k,c],[e.v,l]]){let f=p>>>2,h=d>>>2;for(let m=0;m<s;m++){let g=f+(m*e.cap+e.start+i)*a;u.copyWithin(h+m*r.cap*a,g,g+r.len*a)}}this.heap.release(e.k),this.heap.release(e.v)}Object.assign(e,{k:c,v:l,cap:r.cap,start:0,len:r.len})}_trim(e){e.layers.forEach((t,n)=>{let r=Math.min(t.len,this.plan.layers[n].maxKeep);t.start+=t.len-r,t.len=r})}async pass(e,t,n,r){return this._starting&&await this._starting,this.passSync(e,t,n,r)}passSync(e,t,n,r){if(this.disposed)throw new Error("GPT: model has been disposed");let{K:s,plan:a}=this,{C:i,H:c,KV:l,D:u,G:p}=a,d=e.length,f=a.vocab,h=r.taps,m=$=>!!h&&(h===!0||h.has($)),g=r.tapRows??null,A={};a.rope&&this._growRope(t+d);let x=r.rows==="all",b=x||m("final_norm")||m("logits"),y=b?d:1,I=n?Math.max(...n.layers.map(($,P)=>Math.min($.len,a.layers[P].maxKeep)))+d:d,k=sw(this.spec,{T:d,R:y,K:I,I8:this._i8,XQ:this._xq,stateless:!n}),S=this._scratchFor(k.bytes);this._pass=k,this._base=S;let E=$=>S+k.offsets[$]>>>2,_=$=>S+k.offsets[$],v=c*u,B=l*u,N=($,P,Q,V=0)=>{if(!m($))return;let W=g??Array.from({length:d},(G,q)=>q),z=this.heap.f32,H=new Float32Array(W.length*Q);W.forEach((G,q)=>{if(!V)H.set(z.subarray(P+G*Q,P+(G+1)*Q),q*Q);else for(let j=0;j<V;j++){let X=P+(j*d+G)*u;H.set(z.subarray(X,X+u),q*Q+j*u)}}),A[$]={shape:V?[W.length,V,u]:[W.length,Q],data:H}},T=this._embed(e,t,n,E("x"),E("h"));a.residual==="lambdas"&&this.heap.f32.copyWithin(E("x0"),E("x"),E("x")+d*i),N("embed",E("x"),i);for(let $ of a.layers){let P=$.index;a.residual==="lambdas"&&s.mix_rows(_("x"),_("x0"),_("x"),d*i,this.resid[P],this.x0l[P]),this._norm(_("x"),_("h"),d,$.attnNorm);let Q,V,W,z,H,G,q=null;n?(q=n.layers[P],this._reserve(q,P,d),Q=q.k>>>2,V=q.v>>>2,W=q.cap,z=q.start+q.len,H=q.len+d,G=t-q.len):(Q=E("k"),V=E("v"),W=d,z=0,H=d,G=0);let j=P===a.layers.length-1&&!h&&r.rows!=="all"?d-1:0,X=d-j;this._linear(_("h")+4*j*i,$.q,_("t"),X),this._qk(E("t"),c,X,t+j,$.qNorm,oe=>E("q")+oe*X*u),this._linear(_("h"),$.k,_("t"),d),this._qk(E("t"),l,d,t,$.kNorm,oe=>Q+(oe*W+z)*u),this._linear(_("h"),$.v,_("t"),d),this._values($,e,E("t"),E("h"),E("e"),(oe,he)=>V+(oe*W+z+he)*u),N(`blocks.${P}.attn.q`,E("q"),v,c);for(let[oe,he]of[[`blocks.${P}.attn.k`,Q],[`blocks.${P}.attn.v`,V]]){if(!m(oe))continue;let de=g??Array.from({length:d},(me,Ye)=>Ye),fe=this.heap.f32,Ae=new Float32Array(de.length*B);de.forEach((me,Ye)=>{for(let Se=0;Se<l;Se++){let lt=he+(Se*W+z+me)*u;Ae.set(fe.subarray(lt,lt+u),Ye*B+Se*u)}}),A[oe]={shape:[de.length,l,u],data:Ae}}let Z=n?q.start:0;for(let oe=0;oe<c;oe++){let he=Math.floor(oe/p);s.attention(4*(E("q")+oe*X*u),4*(Q+(he*W+Z)*u),4*(V+(he*W+Z)*u),4*(E("att")+oe*X*u),_("sc"),X,H,u,t+j,G,$.window===null?0:$.window,a.attnScale)}let re="att";if(X>1){for(let oe=0;oe<c;oe++)s.copy_rows(_("att")+4*oe*X*u,4*u,_("y")+4*oe*u,4*v,X,4*u);re="y"}let ne=_("x")+4*j*i,le=_("h")+4*j*i;this._linear(_(re),$.proj,_("o"),X),N(`blocks.${P}.attn_out`,E("o"),i),s.add_rows(ne,_("o"),ne,X*i),this._norm(ne,le,X,$.mlpNorm),$.gate?(this._linear(le,$.gate,_("z"),X),this._linear(le,$.fc,_("u"),X)):this._linear(le,$.fc,_("z"),X),this._activation(_("z"),$.gate?_("u"):0,X*a.hidden,P),this._linear(_("z"),$.down,_("o"),X),N(`blocks.${P}.mlp_out`,E("o"),i),s.add_rows(ne,_("o"),ne,X*i),N(`blocks.${P}.out`,E("x"),i),a.backout&&P===a.backout.layer&&this.heap.f32.copyWithin(E("xb"),E("x"),E("x")+d*i),q&&(q.len+=d)}a.backout&&s.mix_rows(_("x"),_("xb"),_("x"),d*i,1,-this.backoutLambda);let F=b?0:d-1;this._norm(_("x")+4*F*i,_("h")+4*F*i,d-F,a.finalNorm),N("final_norm",E("h"),i);let D=E("lg");this._matmul(_("h")+4*F*i,this.w[a.head],4*D,y,f),a.softcap!==null&&s.softcap(4*D,4*D,y*f,a.softcap),m("logits")&&N("logits",D,f);let O=this.heap.f32,M=x?O.slice(D,D+d*f):O.slice(D+(y-1)*f,D+y*f);return n&&(this._trim(n),n.prevX=T,n.pos=t+d),{logits:M,rows:x?d:1,taps:A}}_norm(e,t,n,{weight:r,bias:s},a=this.plan.C,i=1){let c=this.plan;!c.norm.layer&&!r&&!s?this.K.rmsnorm_rows(e,t,n,a,c.eps,i):this.K.norm_rows(e,t,r?this.w[r].off:0,s?this.w[s].off:0,n,a,c.eps,i,c.norm.layer?1:0)}_matmul(e,t,n,r,s=t.rows){let a=this.K,i=r<zB,c=this._pass.offsets,l;t.g?l=i?gt.Q4X:gt.Q4_DEQ_F32:t.int8?i&&t.cols%16===0&&this._xq?l=gt.I8X:l=i?gt.I8:gt.I8_DEQ_F32:l=gt.F32;let u=0;l===gt.Q4X||l===gt.I8X?(u=this._base+c.xq,a.quant_x(e,u,r,t.cols,t.g)):(l===gt.Q4_DEQ_F32||l===gt.I8_DEQ_F32)&&(u=this._base+c.deq);let p=t.affine?1:0,d=this.pool;if(d&&r*t.cols*s>=this.threadsMinWork&&s>=2*Qn){let h=r>=Gp?Ly:0;d.run(l,e,t.off,t.s,n,r,t.cols,s,u,h,t.g,p);return}let f=r>=Gp?this._base+c.pack:0;jc(a,l,e,t.off,t.s,n,r,t.cols,s,u,f,t.g,p)}_linear(e,t,n,r){let s=this.w[t.weight];this._matmul(e,s,n,r),t.bias&&this.K.bias_rows(n,this.w[t.bias].off,r,s.rows)}_gather(e,t,n){let r=this.heap.f32,s=e.cols;if(e.g){let c=this.heap.u8,l=e.s>>>2,u=e.g;t.forEach((p,d)=>{let f=n+d*s,h=e.off+p*s/2,m=l+2*(p*s/u);for(let g=0;g<s;g++){let A=c[h+(g>>1)],x=g&1?A>>4:A&15,b=m+2*Math.floor(g/u);r[f+g]=e.affine?ve(ve(r[b]*x)+r[b+1]):r[b]*x+r[b+1]}});return}if(!e.int8){let c=e.off>>>2;t.forEach((l,u)=>r.copyWithin(n+u*s,c+l*s,c+(l+1)*s));return}let a=new Int8Array(this.heap.memory.buffer,e.off,e.rows*s),i=e.s>>>2;t.forEach((c,l)=>{let u=r[i+c],p=n+l*s,d=c*s;for(let f=0;f<s;f++)r[p+f]=a[d+f]*u})}_embed(e,t,n,r,s){let{K:a,plan:i}=this,{C:c}=i,l=e.length;this._gather(this.w[i.embed.wte],e,r),i.embed.wpe&&(this._gather(this.w[i.embed.wpe],e.map((A,x)=>t+x),s),a.add_rows(4*r,4*s,4*r,l*c));let u=r;if(i.embed.norm&&(this._norm(4*r,4*s,l,i.embed.norm),u=s),!i.smear)return u!==r&&this.heap.f32.copyWithin(r,u,u+l*c),null;let p=this.heap.f32,d=i.smear.channels,f=this.host["smear_gate.weight"],h=this.smearLambda,m=n&&t>0?n.prevX:null;if(t>0&&!m)throw new Error("GPT: cache is missing the previous embedding row needed by smear");let g=p.slice(u+(l-1)*c,u+l*c);for(let A=l-1;A>=0;A--){let x=A>0?p.subarray(u+(A-1)*c,u+A*c):m;if(!x){u!==r&&p.copyWithin(r+A*c,u+A*c,u+(A+1)*c);continue}let b=0;for(let k=0;k<d;k++)b+=p[u+A*c+k]*f[k];let y=ve(1/(1+Math.exp(-ve(b)))),I=ve(h*y);for(let k=0;k<c;k++)p[r+A*c+k]=p[u+A*c+k]+ve(I*x[k])}return g}_qk(e,t,n,r,s,a){let{K:i,plan:c}=this,{D:l}=c,u=c.qkNorm,p=4*t*l;u&&u.order==="before_rope"&&this._norm(4*e,4*e,n*t,{weight:s,bias:null},l);for(let d=0;d<t;d++){let f=4*a(d),h=4*(e+d*l);if(c.rope){let{rd:m,half:g}=c.rope,A=this._rope.c+4*r*m,x=this._rope.s+4*r*m;i.rope_rows(h,p,f,4*l,A,x,n,m,g?1:0),m<l&&i.copy_rows(h+4*m,p,f+4*m,4*l,n,4*(l-m))}else i.copy_rows(h,p,f,4*l,n,4*l);u&&u.order==="after_rope"?this._norm(f,f,n,{weight:s,bias:null},l,c.qkScale):c.qkScale!==1&&i.mix_rows(f,f,f,n*l,c.qkScale,0)}}_values(e,t,n,r,s,a){let{KV:i,D:c,C:l}=this.plan,u=t.length,p=null;if(e.ve){let f=this.spec,h=this.host[e.ve.gate],m=f.value_embed.gate_channels,g=ve(f.value_embed.gate_scale),A=this.heap.f32;p=new Float32Array(u*i);for(let x=0;x<u;x++)for(let b=0;b<i;b++){let y=0;for(let I=0;I<m;I++)y+=A[r+x*l+I]*h[b*m+I];p[x*i+b]=ve(g*ve(1/(1+Math.exp(-ve(y)))))}this._gather(this.w[e.ve.table],t,s)}let d=this.heap.f32;for(let f=0;f<u;f++)for(let h=0;h<i;h++){let m=n+(f*i+h)*c,g=a(h,f);p?this.K.mix_rows(4*m,4*(s+(f*i+h)*c),4*g,c,1,p[f*i+h]):d.copyWithin(g,m,m+c)}}_activation(e,t,n,r){let{K:s,plan:a}=this,i=a.activation.kind;if(i!=="eml"){t?s[`${i}_mul`](e,t,e,n):s[i](e,e,n);return}let c=this.heap.f32,{exp_clamp:l,log_floor:u}=a.activation.params,p=ve(l),d=ve(u),f=this.logK[r],h=e>>>2;for(let m=h;m<h+n;m++){let g=ve(Math.exp(Math.min(c[m],p)));c[m]=g-ve(Math.log(Math.max(ve(g-f),d)))}t&&s.mul_rows(e,t,e,n)}};var WB=Math.fround;function GB(o,e,t){let n=new Float32Array(e*t);for(let r=0;r<e;r++){let s=r*t;for(let a=0;a<t;a++)n[a*e+r]=o[s+a]}return n}function lw(o,e,t,n){let r=Math.ceil((n===0?e:t)/3),[s,a]=n===0?[r,t]:[e,r],i=new Float32Array(s*a),c=(l,u)=>l<e&&u<t?o(l,u)+128:128;for(let l=0;l<s;l++)for(let u=0;u<a;u++)i[l*a+u]=n===0?c(l,u)+256*c(l+r,u)+65536*c(l+2*r,u):c(l,u)+256*c(l,u+r)+65536*c(l,u+2*r);return{data:i,shape:[s,a]}}function od(o){o.k&&o.k.dispose(),o.v&&o.v.dispose()}var nl=class{constructor(e,t,n={}){this.kind="tfjs-ops",this.spec=e,this.plan=Jc(e),this.packed=n.int8==="packed",this._tensors=[],this._pending={},this.disposed=!1}accept(e,t){this._pending[e]=t}finish(){try{this._build(this._pending)}finally{this._pending=null}}get residentWeightBytes(){return this._tensors.reduce((e,t)=>e+4*t.size,0)}get int8Weights(){return!1}get sharedMemory(){return null}dispose(){if(!this.disposed){for(let e of this._tensors)e.dispose();this._tensors=[],this.disposed=!0}}_keep(e){return this._tensors.push(e),e}_build(e){let{spec:t,plan:n}=this,r=b=>{let y=e[b];if(!y)throw new Error(`GPT: bundle has no tensor "${b}"`);return y},{H:s,KV:a,D:i,C:c}=n,l=this.packed,u=b=>this._keep(b),p=b=>this._keep(Ws(b,"float32")),d=b=>b?u(co(it(r(b)),"float32")):null,f=(b,y=null)=>{let I=b.map(N=>r(N.weight)),k=I[0].shape[1],S=I.map(N=>y===null?N.shape[0]:y),E=S.reduce((N,T)=>N+T,0),_=b.some(N=>N.bias)?u(co(Float32Array.from(b.flatMap(N=>Array.from(it(r(N.bias))))))):null;if(l&&I.every(N=>N.dtype==="int8")){let N=I.map(Un),T=new Int32Array(E),F=new Int32Array(E),D=new Float32Array(E),O=0;I.forEach(($,P)=>{for(let Q=0;Q<S[P];Q++,O++)T[O]=P,F[O]=Q,D[O]=$.scale[Q]});let M=lw(($,P)=>N[T[P]][F[P]*k+$],k,E,0);return{packed:u(et(M.data,M.shape,"float32")),scale:u(et(D,[1,E],"float32")),axis:0,rows:k,cols:E,bias:_}}let v=I.map((N,T)=>{let F=it(N);return GB(S[T]===N.shape[0]?F:F.subarray(0,S[T]*k),S[T],k)}),B=v[0];if(v.length>1){B=new Float32Array(k*E);for(let N=0;N<k;N++){let T=N*E;v.forEach((F,D)=>{B.set(F.subarray(N*S[D],(N+1)*S[D]),T),T+=S[D]})}}return{t:u(et(B,[k,E],"float32")),bias:_}},h=b=>{let y=r(b),[I,k]=y.shape;if(l&&y.dtype==="int8"){let S=Un(y),E=lw((_,v)=>S[_*k+v],I,k,1);return{packed:u(et(E.data,E.shape,"float32")),scale:u(et(y.scale,[I,1],"float32")),axis:1,rows:I,cols:k}}return{t:u(et(it(y),[I,k],"float32"))}},m=b=>b?{weight:d(b.weight),bias:d(b.bias)}:null;this.wte=h(n.embed.wte),this.wpe=n.embed.wpe?h(n.embed.wpe):null,this.embedNorm=m(n.embed.norm),this.lmHead=f([{weight:n.head,bias:null}],n.vocab),this.finalNorm=m(n.finalNorm);let g=n.residual==="lambdas"?it(r("resid_lambdas")):null,A=n.residual==="lambdas"?it(r("x0_lambdas")):null;this.layers=n.layers.map(b=>{let y=b.index;return{plan:b,index:y,resid:g?p(g[y]):null,x0:A?p(A[y]):null,attnNorm:m(b.attnNorm),mlpNorm:m(b.mlpNorm),wqkv:f([b.q,b.k,b.v]),qkNormW:b.qNorm?u(et(Float32Array.from([...Array.from({length:s},()=>Array.from(it(r(b.qNorm)))).flat(),...Array.from({length:a},()=>Array.from(it(r(b.kNorm)))).flat()]),[s+a,i])):null,wproj:f([b.proj]),wgate:b.gate?f([b.gate]):null,wfc:f([b.fc]),wdown:f([b.down]),ve:b.ve?h(b.ve.table):null,veGate:b.ve?f([{weight:b.ve.gate,bias:null}]):null,logK:b.emlK?p(WB(Math.log(Zc(r(b.emlK))))):null}}),this.eps=p(t.norm_eps),this.sqrtD=t.attn.scale===null?p(Math.sqrt(i)):null,this.attnScale=t.attn.scale===null?null:p(t.attn.scale),this.qkScale=t.qk_scale===1?null:p(t.qk_scale),this.softcap=t.softcap===null?null:p(t.softcap),t.value_embed&&(this.gateScale=p(t.value_embed.gate_scale)),t.smear&&(this.smearGate=f([{weight:"smear_gate.weight",bias:null}]),this.smearLambda=p(Zc(r("smear_lambda")))),t.backout&&(this.backoutLambda=p(Zc(r("backout_lambda"))));let x=t.activation;x.kind==="eml"&&(this.emlClamp=p(x.params.exp_clamp),this.emlFloor=p(x.params.log_floor)),x.kind==="gelu_tanh"&&(this.geluC=p(2*Math.sqrt(2/Math.PI)),this.geluA=p(.044715)),x.kind==="gelu_erf"&&(this.half=p(.5),this.invSqrt2=p(Math.SQRT1_2)),l&&(this.c128=p(128),this.c256=p(256)),Object.assign(this,{H:s,KV:a,D:i,C:c,G:s/a}),this._ropeRows=0,n.rope&&this._growRope(1)}_growRope(e){let t=el(this.spec,e);if(t<=this._ropeRows)return;let{C:n,S:r,partner:s}=Ia(this.spec,0,t,{full:!0});if(this._ropeC=n,this._ropeS=r,this._ropeRows=t,!this.partner){let a=this.D;this.partner=this._keep(co(s,"int32"));let i=new Float32Array(a*a);for(let c=0;c<a;c++)i[s[c]*a+c]=1;this.partnerMatrix=this._keep(et(i,[a,a],"float32"))}}_mat(e){return e.t?e.t:this._unpack(e.packed,e.scale,e.axis,e.rows,e.cols)}_unpack(e,t,n,r,s){let a=Da(e,this.c256),i=Na(e,this.c256),c=Da(i,this.c256),l=Na(i,this.c256),u=so([a,c,l],n),p=n===0?r:s;return u.shape[n]!==p&&(u=n===0?Le(u,[0,0],[r,-1]):Le(u,[0,0],[-1,s])),xe(io(u,this.c128),t)}_rows(e,t){return e.t?ao(e.t,t):this._unpack(ao(e.packed,t),ao(e.scale,t),1,t.shape[0],e.cols)}_norm(e,t=null){let n;if(this.plan.norm.layer){let r=io(e,Gs(e,-1,!0));n=xe(r,Ba(De(Gs(hn(r),-1,!0),this.eps)))}else n=xe(e,Ba(De(Gs(hn(e),-1,!0),this.eps)));return t&&t.weight&&(n=xe(n,t.weight)),t&&t.bias&&(n=De(n,t.bias)),n}_linear(e,t){let n=Vt(e,this._mat(t));return t.bias?De(n,t.bias):n}_swapPairs(e){if(ot()==="cpu")return ao(e,this.partner,e.shape.length-1);let t=this.D;return $e(Vt($e(e,[-1,t]),this.partnerMatrix),e.shape)}_mlpIn(e,t){let n=this.spec.activation.kind,r=t.wgate??t.wfc,s;n==="relu"||n==="relu2"?s=r.t?mu.matMul({a:e,b:r.t,bias:r.bias??void 0,activation:"relu"}):fu(this._linear(e,r)):s=this._linear(e,r);let a=this._act(s,t);return t.wgate?xe(a,this._linear(e,t.wfc)):a}_act(e,t){switch(this.spec.activation.kind){case"relu2":return hn(e);case"relu":return e;case"silu":return xe(e,fn(e));case"gelu_tanh":return xe(e,fn(xe(this.geluC,De(e,xe(this.geluA,xe(e,hn(e)))))));case"gelu_erf":return xe(xe(this.half,e),De(1,au(xe(e,this.invSqrt2))));case"eml":{let n=iu(pu(e,this.emlClamp));return io(n,cu(lu(io(n,t.logK),this.emlFloor)))}default:throw new Error(`unsupported activation ${this.spec.activation.kind}`)}}_embed(e,t,n,r){let s=this._rows(this.wte,e);this.wpe&&(s=De(s,this._rows(this.wpe,du(n,n+t,1,"int32")))),this.embedNorm&&(s=this._norm(s,this.embedNorm));let a=s;if(this.spec.smear){let i=this.spec.smear.channels,c,l;if(n>0){if(!r)throw new Error("GPT: cache is missing the previous embedding row needed by smear");c=t>1?so([r,Le(s,[0,0],[t-1,-1])],0):r,l=s}else t>1&&(c=Le(s,[0,0],[t-1,-1]),l=Le(s,[1,0],[t-1,-1]));if(c){let u=fn(this._linear(Le(l,[0,0],[-1,i]),this.smearGate)),p=De(l,xe(xe(this.smearLambda,u),c));a=n>0?p:so([Le(s,[0,0],[1,-1]),p],0)}}return{x:a,raw:s}}_block(e,t,n,r,s,a,i,c,l){let u=this.spec,{H:p,KV:d,D:f,G:h}=this,m=t.shape[0],g=e.index;e.resid&&(t=De(xe(e.resid,t),xe(e.x0,n)));let A=this._norm(t,e.attnNorm),x=this._linear(A,e.wqkv),[b,y]=Pa(x,[(p+d)*f,d*f],1),I=$e(y,[m,d,f]);if(e.ve){let $=u.value_embed.gate_channels,P=xe(this.gateScale,fn(this._linear(Le(A,[0,0],[m,$]),e.veGate)));I=De(I,xe($e(P,[m,d,1]),$e(this._rows(e.ve,r),[m,d,f])))}let k=$e(b,[m,p+d,f]),S=u.qk_norm?{weight:e.qkNormW,bias:null}:null;S&&u.qk_norm.order==="before_rope"&&(k=this._norm(k,S)),s&&(k=De(xe(k,s),xe(this._swapPairs(k),a))),S&&u.qk_norm.order==="after_rope"&&(k=this._norm(k,S)),this.qkScale&&(k=xe(k,this.qkScale));let[E,_]=Pa(k,[p,d],1);l(`blocks.${g}.attn.q`,E),l(`blocks.${g}.attn.k`,_),l(`blocks.${g}.attn.v`,I);let v=m===1?$e(E,[d,h,f]):$e(zt(E,[1,0,2]),[d,h*m,f]),B=m===1?$e(_,[d,1,f]):zt(_,[1,0,2]),N=m===1?$e(I,[d,1,f]):zt(I,[1,0,2]);i&&(B=so([i.k,B],1),N=so([i.v,N],1));let T=$=>this.sqrtD?Ta($,this.sqrtD):xe($,this.attnScale),F;if(m===1||ot()!=="wasm"){let $=T(Vt(v,B,!1,!0));c&&($=De($,c)),F=Vt(Fa($),N)}else{let $=d===1?[$e(v,[h*m,f])]:Hs(v),P=d===1?[zt($e(B,[-1,f]))]:Hs(zt(B,[0,2,1])),Q=d===1?[$e(N,[-1,f])]:Hs(N),V=$.map((W,z)=>{let H=T(Vt(W,P[z]));return c&&(H=De(H,c)),Vt(Fa(H),Q[z])});F=d===1?$e(V[0],[1,h*m,f]):hu(V)}let D=m===1?$e(F,[1,p*f]):$e(zt($e(F,[p,m,f]),[1,0,2]),[m,p*f]),O=this._linear(D,e.wproj);l(`blocks.${g}.attn_out`,O),t=De(t,O);let M=this._linear(this._mlpIn(this._norm(t,e.mlpNorm),e),e.wdown);return l(`blocks.${g}.mlp_out`,M),t=De(t,M),l(`blocks.${g}.out`,t),{x:t,k:B,v:N}}_run(e,t,n,r){let s=this.spec,a=e.length,{G:i}=this,c=r.taps,l={},u=new Set,p=x=>!!c&&(c===!0||c.has(x)),d=(x,b)=>{p(x)&&(l[x]=b)};this.plan.rope&&this._growRope(t+a);let f=()=>Object.values(l).forEach(x=>{eu(x),u.add(x)}),h=null,m=null,g=null,A=[];try{h=co(Int32Array.from(e),"int32");let x=this.D;this.plan.rope&&(m=Oa(this._ropeC.subarray(t*x,(t+a)*x),[a,1,x],"float32"),g=Oa(this._ropeS.subarray(t*x,(t+a)*x),[a,1,x],"float32"));let b=ro(()=>{let _=this._embed(h,a,t,n?n.prevX:null);return d("embed",_.x),f(),{x:_.x,lastRaw:r.keepKV?Le(_.raw,[a-1,0],[1,-1]):null}}),y=b.x;u.add(y),b.lastRaw&&u.add(b.lastRaw);let I=y,k=null;for(let _ of this.layers){let v=n&&n.layers[_.index].len>0?n.layers[_.index]:null,B=(v?v.len:0)+a,N=Zp(t,a,t+a-B,B,_.plan.window,i),T=ro(()=>{let F=N?et(N,[i*a,B],"float32"):null,D=this._block(_,I,y,h,m,g,v,F,d);return f(),r.keepKV?D:{x:D.x}});I!==y&&I!==k&&!Object.values(l).includes(I)&&(I.dispose(),u.delete(I)),I=T.x,u.add(I),r.keepKV&&(A.push({k:T.k,v:T.v,len:T.k.shape[1]}),u.add(T.k),u.add(T.v)),s.backout&&_.index===s.backout.layer&&(k=I)}let S=ro(()=>{let _=I;k&&(_=io(_,xe(this.backoutLambda,k)));let v=r.allPositions||p("logits"),B=p("final_norm");!v&&!B&&a>1&&(_=Le(_,[a-1,0],[1,-1])),_=this._norm(_,this.finalNorm),d("final_norm",_),!v&&_.shape[0]>1&&(_=Le(_,[a-1,0],[1,-1]));let N=this._linear(_,this.lmHead);return this.softcap&&(N=xe(this.softcap,su(Ta(N,this.softcap)))),d("logits",N),f(),N});u.add(S);let E=new Set([S,...Object.values(l)]);b.lastRaw&&E.add(b.lastRaw);for(let _ of A)E.add(_.k),E.add(_.v);for(let _ of u)E.has(_)||_.dispose();return{logits:S,newKV:A,lastRaw:b.lastRaw,taps:l}}catch(x){for(let b of u)b.isDisposed||b.dispose();throw x}finally{for(let x of[h,m,g])x&&!x.isDisposed&&x.dispose()}}async _collect(e,t){if(t){let s=co(Int32Array.from(t),"int32");try{let a={},i=new Map;for(let[c,l]of Object.entries(e.taps))i.has(l)||i.set(l,ao(l,s,0)),a[c]=i.get(l);for(let c of new Set(Object.values(e.taps)))c!==e.logits&&c.dispose();e={...e,taps:a}}finally{s.dispose()}}let n={},r=new Set([...Object.values(e.taps),e.logits]);try{let s=ot(),a=s==="cpu"||s==="wasm",i=async c=>a?c.dataSync():c.data();for(let[c,l]of Object.entries(e.taps))n[c]={shape:l.shape.slice(),data:await i(l)};return{logits:await i(e.logits),rows:e.logits.shape[0],taps:n}}finally{for(let s of r)s.dispose()}}createCache(){let e=()=>({k:null,v:null,len:0});return{pos:0,layers:this.layers.map(e),prevX:null,disposed:!1,engine:this,dispose(){for(let t of this.layers)od(t);this.layers=this.layers.map(e),this.prevX&&this.prevX.dispose(),this.prevX=null,this.disposed=!0},sizes(){return this.layers.map(t=>t.len)}}}async pass(e,t,n,r){if(this.disposed)throw new Error("GPT: model has been disposed");let s=r.rows==="all";if(!n){let i=this._run(e,0,null,{taps:r.taps,allPositions:s});return this._collect({logits:i.logits,taps:i.taps},r.tapRows)}let a=this._run(e,t,n.pos>0?n:null,{taps:r.taps,allPositions:s,keepKV:!0});for(let i=0;i<n.layers.length;i++){let c=a.newKV[i],l=Math.min(this.plan.layers[i].maxKeep,c.len),u=c;if(l===0)u={k:null,v:null,len:0};else if(l!==c.len){let p=c.len-l;u={k:Le(c.k,[0,p,0],[-1,l,-1]),v:Le(c.v,[0,p,0],[-1,l,-1]),len:l}}u!==c&&od(c),od(n.layers[i]),n.layers[i]=u}return n.prevX&&n.prevX.dispose(),n.prevX=a.lastRaw,n.pos=t+e.length,this._collect({logits:a.logits,taps:a.taps},r.tapRows)}};var uw=Object.freeze(["auto","wasm","tfjs"]);function nd(o="auto"){if(!uw.includes(o))throw new Error(`GPT: options.executor must be one of ${uw.join(", ")}, got ${JSON.stringify(o)}`);if(o==="wasm"){if(!Hp())throw new Error("GPT: the wasm executor needs WebAssembly SIMD, which this engine does not support");return"wasm"}return o==="tfjs"?"tfjs":ot()==="wasm"&&Hp()?"wasm":"tfjs"}function pw(o,e,t,n={}){return o==="wasm"?new ol(e,t,n):new nl(e,t,n)}var dw="emlx.parity-certificate",fw=1,HB=[".safetensors.index.json",".safetensors",".json",".onnx"];function qB(o){let e=o instanceof URL?o.href:String(o),t=e.search(/[?#]/),n=t<0?e:e.slice(0,t),r=HB.find(s=>n.endsWith(s));if(!r)throw new Error(`selfTest: cannot tell the certificate of ${e} (not a .json, .safetensors or .onnx bundle); pass it`);return n.slice(0,n.length-r.length)+".parity.json"}function rl(o){return typeof o=="number"&&Number.isFinite(o)}function hw(o,e="certificate"){let t=r=>new Error(`${e}: ${r}`);if(!o||typeof o!="object"||o.format!==dw)throw t(`not a parity certificate (format "${dw}" expected)`);if(o.version!==fw)throw t(`version ${JSON.stringify(o.version)}; this emlx reads version ${fw}`);if(!o.bundle_identity||typeof o.bundle_identity.weights_sha256!="string")throw t("bundle_identity.weights_sha256 missing");if(!rl(o.atol)||o.atol<=0)throw t(`atol must be a positive number, got ${JSON.stringify(o.atol)}`);let n=o.probe;if(!n||!Array.isArray(n.ids)||n.ids.length===0||!n.ids.every(r=>Number.isInteger(r)&&r>=0))throw t("probe.ids must be token ids");if(!Array.isArray(n.slice)||n.slice.length!==2||!n.slice.every(Number.isInteger))throw t("probe.slice must be [start, end]");if(!Array.isArray(n.rows)||n.rows.length===0)throw t("probe.rows must be a non-empty list");for(let r of n.rows){if(!Number.isInteger(r.row)||r.row<0||r.row>=n.ids.length)throw t(`probe row ${JSON.stringify(r.row)} outside the ${n.ids.length} ids`);if(!Array.isArray(r.top)||!r.top.every(s=>Array.isArray(s)&&Number.isInteger(s[0])&&rl(s[1])))throw t(`probe row ${r.row}: top must be [[id, logit], ...]`);if(!Array.isArray(r.slice)||r.slice.length!==n.slice[1]-n.slice[0]||!r.slice.every(rl))throw t(`probe row ${r.row}: slice must hold ${n.slice[1]-n.slice[0]} logits`);if(!Number.isInteger(r.argmax))throw t(`probe row ${r.row}: argmax must be a token id`)}if(!Array.isArray(o.passed))throw t("passed must be a list");return o}async function KB(o,e={}){if(o&&typeof o=="object"&&!(o instanceof URL))return hw(o);let t=o instanceof URL?o.href:String(o),n;try{n=await Op(t,e)}catch(r){throw new Error(`selfTest: cannot read the parity certificate ${t}: ${String(r&&r.message?r.message:r).split(`
`)[0]}`)}return hw(n,t)}async function XB(o=at.getBackend()){try{if(o==="webgpu"){let e=at.backend().adapterInfo??{},t=[e.vendor,e.architecture,e.device,e.description].filter(n=>n);return t.length?t.join(" "):null}if(o==="webgl"){let e=at.backend().gpgpu&&at.backend().gpgpu.gl;if(!e)return null;let t=e.getExtension("WEBGL_debug_renderer_info");return String(t?e.getParameter(t.UNMASKED_RENDERER_WEBGL):e.getParameter(e.RENDERER))}if(o==="wasm"){let e=Wc();return`wasm${e.wasm_simd?" simd":""}${e.wasm_threads?" threads":""}`}}catch{}return null}function jB(o,e,t){let n=0;for(let r=1;r<t;r++)o[e+r]>o[e+n]&&(n=r);return n}function YB(o,e,t){let{probe:n,atol:r}=o,s=n.ids.length;if(e.length!==s*t)return{passed:!1,maxAbsDiff:null,compared:0,reason:`the model returned ${e.length} logits for ${s} ids x ${t}`,rows:[]};let a=0,i=0,c=null,l=[];for(let u of n.rows){let p=u.row*t,d=0,f=(g,A)=>{let x=e[p+g],b=Number.isFinite(x)?Math.abs(x-A):1/0;b<=d||(d=b),i++};for(let[g,A]of u.top){if(g>=t)return{passed:!1,maxAbsDiff:null,compared:i,reason:`probe id ${g} outside the model's vocabulary (${t})`,rows:l};f(g,A)}u.slice.forEach((g,A)=>f(n.slice[0]+A,g));let h=jB(e,p,t),m=rl(u.margin)&&u.margin<=r;h!==u.argmax&&!m&&c===null&&(c=`row ${u.row}: argmax ${h}, the reference's is ${u.argmax} (margin ${u.margin})`),d<=a||(a=d),l.push({row:u.row,maxAbsDiff:d,argmax:h,refArgmax:u.argmax})}if(c===null&&!(a<=r)){let u=l.reduce((p,d)=>d.maxAbsDiff>p.maxAbsDiff||!Number.isFinite(d.maxAbsDiff)?d:p);c=`max|Δlogit| ${a.toPrecision(3)} > atol ${r} (row ${u.row})`}return{passed:c===null&&i>0,maxAbsDiff:a,compared:i,reason:i>0?c:"nothing compared",rows:l}}async function mw(o,e,t={}){let n=e;if(n==null){let m=o&&o.meta&&o.meta.files;if(!Array.isArray(m)||!m.length)throw new Error("selfTest: the model was not loaded from a file or URL, so its certificate cannot be found next to it; pass the certificate (URL or object)");n=qB(m[0])}let r=await KB(n,t),s=at.getBackend(),a=await XB(s),i=r.passed.some(m=>m.backend===s),c={atol:r.atol,backend:s,adapter:a,certified:i},l=o&&o.meta?o.meta.weights_sha256:void 0;if(l!==r.bundle_identity.weights_sha256)return{...c,passed:!1,maxAbsDiff:null,ms:0,rows:[],reason:`the certificate is for other weights (${String(r.bundle_identity.weights_sha256).slice(0,12)}…, the model has ${String(l).slice(0,12)}…)`};let u=()=>typeof performance<"u"?performance.now():Date.now(),p=u(),{logits:d}=await o.forward(r.probe.ids),f=YB(r,d,o.spec.vocab_size),h=u()-p;return{...c,passed:f.passed,maxAbsDiff:f.maxAbsDiff,ms:h,reason:f.reason,rows:f.rows}}var gw=Object.freeze(["auto","packed","float32"]),JB=1<<30,Fe=class Fe{constructor(e,t={}){if(e===Fe._streaming)return;if(!e||!e.config||!e.weights)throw new Error("GPT: expected a loaded bundle ({config, weights})");let n=e.weights;this._setup(e.config,Object.fromEntries(Object.entries(n).map(([r,s])=>[r,{shape:s.shape,dtype:s.dtype,q4:s.q4}])),t),this.meta=Fe._meta(e);try{for(let r of Object.keys(n).sort())this.executor.accept(r,n[r]);this.executor.finish()}catch(r){throw this.executor.dispose(),r}this.disposed=!1}static async fromSource(e,t={}){let n=new Fe(Fe._streaming);n._setup(e.config,e.tensors,t),n.meta=Fe._meta(e);try{for(let r of e.names)n.executor.accept(r,await e.read(r));n.executor.finish(),await e.verify(),Object.assign(n.meta,{verified:e.verified,integrity:e.integrity})}catch(r){throw n.executor.dispose(),r}finally{e.close()}return n.disposed=!1,n}static _meta(e){return Object.fromEntries(["format","version","tokenizer","training","source","weights_sha256","bundle_sha256","generated_by","container","files","verified","integrity"].map(n=>[n,e[n]??null]))}_setup(e,t,n){let r=ha(e);this.spec=r,this.config=r;let s=n.int8??Fe.defaults.int8;if(!gw.includes(s))throw new Error(`GPT: options.int8 must be one of ${gw.join(", ")}, got ${JSON.stringify(s)}`);let a=nd(n.executor??Fe.defaults.executor),i=Pc(r,Object.fromEntries(Object.entries(t).map(([p,d])=>[p,d.shape])));if(i.length)throw new Error(`GPT: bundle weights do not match its config: ${i.join("; ")}`);let c=Object.values(t).some(p=>p.dtype==="int8"),l=Object.values(t).some(p=>p.dtype==="q4"),u;if(a==="wasm"&&(c||l))u=s==="float32"?"float32":l?"q4":"int8";else if(!c)u="none";else{let p=Object.values(t).reduce((d,f)=>d+4*f.shape.reduce((h,m)=>h*m,1),0);u=s==="auto"?p>JB?"packed":"float32":s}this.int8Mode=u,this.executor=pw(a,r,t,{int8:u,sharedMemory:n.sharedMemory??Fe.defaults.sharedMemory,threads:n.threads??Fe.defaults.threads,threadsMinWork:n.threadsMinWork,threadsSpin:n.threadsSpin})}get engine(){return this.executor.kind==="emlx-wasm-kernels"?this.executor:null}get vocabSize(){return this.spec.vocab_size}get residentWeightBytes(){return this.executor.residentWeightBytes}dispose(){this.disposed||(this.executor.dispose(),this.disposed=!0)}_check(e){if(this.disposed)throw new Error("GPT: model has been disposed");if(!Array.isArray(e)&&!ArrayBuffer.isView(e))throw new Error("GPT: ids must be an array of integers");let t=this.spec.padded_vocab_size;for(let n of e)if(!Number.isInteger(n)||n<0||n>=t)throw new Error(`GPT: token id ${n} is outside [0, ${t})`)}_checkPositions(e){if(this.spec.embed.positions==="learned"&&e>this.spec.sequence_len)throw new Error(`GPT: position ${e-1} is past the ${this.spec.sequence_len} learned positions of this model (sequence_len)`)}static _rows(e,t){if(e==null)return null;if(!Array.isArray(e)||!e.every((n,r)=>Number.isInteger(n)&&n>=0&&n<t&&(r===0||n>e[r-1])))throw new Error(`GPT: tapRows must be sorted distinct positions in [0, ${t})`);return e}static _tapSet(e){if(!e)return null;if(e===!0)return!0;if(Array.isArray(e))return new Set(e);throw new Error("GPT: taps must be true or a list of tap names")}_result(e,t){let n=[e.rows,this.spec.vocab_size];return{logits:t?et(e.logits,n):e.logits,shape:n,taps:e.taps}}async forward(e,t={}){if(this._check(e),e.length===0)throw new Error("GPT: forward needs at least one token");this._checkPositions(e.length);let n=await this.executor.pass(Array.from(e),0,null,{taps:Fe._tapSet(t.taps),tapRows:Fe._rows(t.tapRows,e.length),rows:t.lastOnly?"last":"all"});return this._result(n,t.returnTensor)}createCache(){let e=this.executor.createCache();return e.model=this,e}async step(e,t,n={}){if(!e||e.model!==this)throw new Error("GPT: step needs a cache from this model's createCache()");if(e.disposed)throw new Error("GPT: the cache has been disposed");if(this._check(t),t.length===0)throw new Error("GPT: step needs at least one token");let r=t.length;this._checkPositions(e.pos+r);let s=await this.executor.pass(Array.from(t),e.pos,e,{taps:Fe._tapSet(n.taps),tapRows:Fe._rows(n.tapRows,r),rows:n.allPositions?"all":"last"}),a=this._result(s,n.returnTensor);return a.pos=e.pos,a}selfTest(e,t){return mw(this,e,t)}async generate(e,t,n={}){let r=this.createCache(),s=n.temperature??0,a=ZB(n.seed??2654435769),i=new Set(n.stopIds??[]),c=[];try{let l=await this.step(r,Array.from(e));for(let u=0;u<t;u++){let p=s>0?eF(l.logits,s,n.topK??0,a):jy(l.logits);if(c.push(p),n.onToken&&await n.onToken(p,u)===!1||i.has(p)||u===t-1)break;l=await this.step(r,[p])}}finally{r.dispose()}return{ids:c,all:[...e,...c]}}};pe(Fe,"_streaming",Symbol("streaming")),pe(Fe,"defaults",{int8:"auto",executor:"auto",sharedMemory:!1,threads:1});var $o=Fe;function ZB(o){let e=o>>>0;return()=>{e=e+1831565813>>>0;let t=e;return t=Math.imul(t^t>>>15,t|1),t^=t+Math.imul(t^t>>>7,t|61),((t^t>>>14)>>>0)/4294967296}}function eF(o,e,t,n){let r=Array.from(o.keys()),s=r;t>0&&t<o.length&&(s=r.sort((u,p)=>o[p]-o[u]).slice(0,t));let a=-1/0;for(let u of s)a=Math.max(a,o[u]);let i=s.map(u=>Math.exp((o[u]-a)/e)),c=i.reduce((u,p)=>u+p,0),l=n()*c;for(let u=0;u<s.length;u++)if(l-=i[u],l<=0)return s[u];return s[s.length-1]}async function tF(o,e={}){return e.backend&&await wa(e.backend,e),o&&o.config&&o.weights&&o.container?new $o(o,e):nd(e.executor??$o.defaults.executor)==="wasm"?$o.fromSource(await zc(o,e),e):new $o(await Vp(o,e),e)}var bw=hd(Cw(),1);var lF=Object.defineProperty,uF=(o,e,t)=>e in o?lF(o,e,{enumerable:!0,configurable:!0,writable:!0,value:t}):o[e]=t,pF=(o,e,t)=>(uF(o,typeof e!="symbol"?e+"":e,t),t);function dF(o,e){let t=Array.from({length:o.length},(n,r)=>({start:r,end:r+1}));for(;t.length>1;){let n=null;for(let r=0;r<t.length-1;r++){let s=o.slice(t[r].start,t[r+1].end),a=e.get(s.join(","));a!=null&&(n==null||a<n[0])&&(n=[a,r])}if(n!=null){let r=n[1];t[r]={start:t[r].start,end:t[r+1].end},t.splice(r+1,1)}else break}return t}function fF(o,e){return o.length===1?[e.get(o.join(","))]:dF(o,e).map(t=>e.get(o.slice(t.start,t.end).join(","))).filter(t=>t!=null)}function hF(o){return o.replace(/[\\^$*+?.()|[\]{}]/g,"\\$&")}var sd=class{constructor(o,e){pe(this,"specialTokens");pe(this,"inverseSpecialTokens");pe(this,"patStr");pe(this,"textEncoder",new TextEncoder);pe(this,"textDecoder",new TextDecoder("utf-8"));pe(this,"rankMap",new Map);pe(this,"textMap",new Map);this.patStr=o.pat_str;let t=o.bpe_ranks.split(`
`).filter(Boolean).reduce((n,r)=>{let[s,a,...i]=r.split(" "),c=Number.parseInt(a,10);return i.forEach((l,u)=>n[l]=c+u),n},{});for(let[n,r]of Object.entries(t)){let s=bw.default.toByteArray(n);this.rankMap.set(s.join(","),r),this.textMap.set(r,s)}this.specialTokens={...o.special_tokens,...e},this.inverseSpecialTokens=Object.entries(this.specialTokens).reduce((n,[r,s])=>(n[s]=this.textEncoder.encode(r),n),{})}encode(o,e=[],t="all"){let n=new RegExp(this.patStr,"ug"),r=sd.specialTokenRegex(Object.keys(this.specialTokens)),s=[],a=new Set(e==="all"?Object.keys(this.specialTokens):e),i=new Set(t==="all"?Object.keys(this.specialTokens).filter(l=>!a.has(l)):t);if(i.size>0){let l=sd.specialTokenRegex([...i]),u=o.match(l);if(u!=null)throw new Error(`The text contains a special token that is not allowed: ${u[0]}`)}let c=0;for(;;){let l=null,u=c;for(;r.lastIndex=u,l=r.exec(o),!(l==null||a.has(l[0]));)u=l.index+1;let p=l?.index??o.length;for(let f of o.substring(c,p).matchAll(n)){let h=this.textEncoder.encode(f[0]),m=this.rankMap.get(h.join(","));if(m!=null){s.push(m);continue}s.push(...fF(h,this.rankMap))}if(l==null)break;let d=this.specialTokens[l[0]];s.push(d),c=l.index+l[0].length}return s}decode(o){let e=[],t=0;for(let s=0;s<o.length;++s){let a=o[s],i=this.textMap.get(a)??this.inverseSpecialTokens[a];i!=null&&(e.push(i),t+=i.length)}let n=new Uint8Array(t),r=0;for(let s of e)n.set(s,r),r+=s.length;return this.textDecoder.decode(n)}},al=sd;pF(al,"specialTokenRegex",o=>new RegExp(o.map(e=>hF(e)).join("|"),"g"));var mF=["a","1"," ",`
`,"!","一","é","'","a ",`\r
`],gF=["!","a"," ",`
`,"\0",""];var yw=globalThis.process&&typeof globalThis.process.cpuUsage=="function"?globalThis.process.cpuUsage:null;function ww(){if(yw){let o=yw();return(o.user+o.system)/1e3}return globalThis.performance?globalThis.performance.now():Date.now()}function Iw(o,e){let t=ww();return o.lastIndex=0,e.match(o),o.lastIndex=0,ww()-t}function il(o,e){for(let t of mF)for(let n of gF)for(let r=8;r<=48;r+=2){let s=t.repeat(r)+n,a=Iw(o,s);for(let i=0;i<2&&a>40;i++)a=Math.min(a,Iw(o,s));if(a>40){let i=new Error(`tokenizer: ${e} backtracks catastrophically in JS (${a.toFixed(0)} ms on ${JSON.stringify(s.slice(0,12))}... of ${s.length} characters, where a sound pattern takes microseconds): it would stall a page; rewrite it without nested quantifiers over the same characters`);throw i.code="EMLX_PATTERN_BACKTRACKS",i}}}var kw=1<<20,Sw=2**32-1,AF=2e3;function _w(o){if(typeof o!="string")throw new Error(`tokenizer: mergeable_ranks must be a string in tiktoken file format, got ${typeof o}`);let e=[],t=new Set,n=new Set,r=o.split(`
`);if(r.length>kw+1)throw new Error(`tokenizer: mergeable_ranks holds more than ${kw} tokens (the largest tiktoken vocabularies have ~200k)`);for(let s=0;s<r.length;s++){let a=r[s].replace(/\r$/,"");if(a==="")continue;let i=a.split(" ");if(i.length!==2||!/^\d+$/.test(i[1]))throw new Error(`tokenizer: mergeable_ranks line ${s+1} is not "<base64 bytes> <rank>": ${JSON.stringify(a.slice(0,80))}`);let c=Number(i[1]);if(!(c<=Sw))throw new Error(`tokenizer: mergeable_ranks line ${s+1} has the rank ${i[1].slice(0,30)}, above ${Sw}`);let l=wo(i[0],`tokenizer: mergeable_ranks line ${s+1}`);if(l.length===0)throw new Error(`tokenizer: mergeable_ranks line ${s+1} is an empty token`);if(t.has(c))throw new Error(`tokenizer: rank ${c} appears twice in mergeable_ranks`);if(n.has(i[0]))throw new Error(`tokenizer: token ${i[0]} appears twice in mergeable_ranks`);t.add(c),n.add(i[0]),e.push({bytes:l,b64:i[0],rank:c})}return e.sort((s,a)=>s.rank-a.rank),e}function xF(o){let e=new Set(o.filter(t=>t.bytes.length===1).map(t=>t.bytes[0]));for(let t=0;t<256;t++)if(!e.has(t))throw new Error(`tokenizer: mergeable_ranks has no token for the single byte 0x${t.toString(16).toUpperCase().padStart(2,"0")}; a byte-level BPE needs all 256 single bytes; re-export the bundle from the tokenizer the model was trained with`)}function vw(o){let e=[],t=null;for(let n of o)t&&n.rank===t.start+t.tokens.length?t.tokens.push(n.b64):(t&&e.push(`! ${t.start} ${t.tokens.join(" ")}`),t={start:n.rank,tokens:[n.b64]});return t&&e.push(`! ${t.start} ${t.tokens.join(" ")}`),e.join(`
`)}function CF(o){if(o===null||typeof o!="object")throw new Error("tokenizer: the bundle has no tokenizer block");for(let t of["pat_str_js","mergeable_ranks","special_tokens"])if(!(t in o))throw new Error(`tokenizer: block is missing "${t}"`);if(typeof o.pat_str_js!="string")throw new Error("tokenizer: pat_str_js must be a string");let e=o.special_tokens;if(e===null||typeof e!="object"||Array.isArray(e))throw new Error("tokenizer: special_tokens must be an object {text: id}");for(let[t,n]of Object.entries(e))if(!Number.isInteger(n)||n<0)throw new Error(`tokenizer: special token ${JSON.stringify(t)} has id ${JSON.stringify(n)}`)}function bF(o,e){return[...o].sort().join("")===[...e].sort().join("")}var cl=class{constructor(e,t={}){CF(e),this.block=e,this.name=e.name??null,this.specialTokens={...e.special_tokens},this.bosToken=e.bos_token??null,this.bosId=e.bos_id??(this.bosToken!=null?this.specialTokens[this.bosToken]:null)??null;let n=_w(e.mergeable_ranks);xF(n),this.nVocab=e.n_vocab??Math.max(n.length?n[n.length-1].rank+1:0,...Object.values(this.specialTokens).map(s=>s+1)),this._bytesById=new Map;for(let s of n)this._bytesById.set(s.rank,s.bytes);let r=new TextEncoder;for(let[s,a]of Object.entries(this.specialTokens)){if(this._bytesById.has(a))throw new Error(`tokenizer: special token ${JSON.stringify(s)} reuses ordinary rank ${a}`);this._bytesById.set(a,r.encode(s))}this.flags=e.pat_flags_js??"gu";try{this._regex=new RegExp(e.pat_str_js,this.flags.includes("g")?this.flags:this.flags+"g")}catch(s){throw new Error(`tokenizer: pat_str_js does not compile as a JS RegExp with flags "${this.flags}": ${s.message}`)}if(il(this._regex,`the split pattern ${JSON.stringify(e.pat_str_js.slice(0,60))}`),this.engine=t.engine??"js-tiktoken",this.engine==="js-tiktoken"){if(!bF(this.flags.includes("g")?this.flags:this.flags+"g","gu"))throw new Error(`tokenizer: js-tiktoken compiles the pattern with flags "gu", but the bundle asks for "${this.flags}"; use {engine: 'tiktoken'}`);this._impl=new al({pat_str:e.pat_str_js,special_tokens:this.specialTokens,bpe_ranks:vw(n)}),this._wasm=null,this._guardRanks()}else if(this.engine==="tiktoken"){if(!t.tiktokenModule)throw new Error("tokenizer: engine 'tiktoken' needs Tokenizer.create() (async) or {tiktokenModule}");let s=t.tiktokenModule.Tiktoken;if(typeof e.pat_str!="string")throw new Error("tokenizer: engine 'tiktoken' needs the original pat_str in the block");this._wasm=new s(e.mergeable_ranks,this.specialTokens,e.pat_str),this._impl=null}else throw new Error(`tokenizer: unknown engine ${JSON.stringify(this.engine)} (expected 'js-tiktoken' or 'tiktoken')`)}_guardRanks(){let e=this._impl.rankMap,t=e.get.bind(e),n=0;e.get=r=>((++n&255)===0&&this._tick(),t(r))}_tick(){if(this._deadline!==void 0&&Ew()>this._deadline){let e=new Error(`tokenizer: encode of a ${this._length}-character text ran past its ${this._budget} ms time budget; split the text, or raise the budget with {timeBudgetMs} (Infinity: none)`);throw e.code="EMLX_TOKENIZER_BUDGET",e}}encode(e,{special:t="none",template:n=!1,timeBudgetMs:r=AF}={}){if(!(typeof r=="number"&&r>0))throw new Error(`tokenizer: timeBudgetMs must be a positive number (Infinity: none), got ${JSON.stringify(r)}`);let s;this._budget=r,this._length=e.length,this._deadline=Ew()+r;try{if(t==="none"||Array.isArray(t)&&t.length===0)s=this._impl?this._impl.encode(e,[],[]):Array.from(this._wasm.encode_ordinary(e));else{if(t!=="all"&&!Array.isArray(t))throw new Error(`tokenizer: special must be 'all', 'none' or a list, got ${JSON.stringify(t)}`);s=this._impl?this._impl.encode(e,t,[]):Array.from(this._wasm.encode(e,t,[]))}}finally{this._deadline=void 0}return n&&this.bosId!=null&&s.unshift(this.bosId),s}encodeOrdinary(e,t={}){return this.encode(e,{...t,special:"none",template:!1})}decodeBytes(e){let t=[],n=0;for(let a of e){let i=this._bytesById.get(a);if(i===void 0)throw new Error(`tokenizer: id ${a} is not in the vocabulary`);t.push(i),n+=i.length}let r=new Uint8Array(n),s=0;for(let a of t)r.set(a,s),s+=a.length;return r}decode(e){return new TextDecoder("utf-8",{ignoreBOM:!0}).decode(this.decodeBytes(e))}decodeStream(){let e=new TextDecoder("utf-8",{ignoreBOM:!0});return{write:t=>e.decode(this.decodeBytes(typeof t=="number"?[t]:t),{stream:!0}),flush:()=>e.decode()}}dispose(){this._wasm&&typeof this._wasm.free=="function"&&this._wasm.free(),this._wasm=null}};function Ew(){return globalThis.performance?globalThis.performance.now():Date.now()}var yF=class{constructor(o){this.trie=this._build_trie(o)}_build_trie(o){let e=Object.create(null);for(let t of o){let n=e;for(let r=0;r<t.length;++r){let s=t[r];n=n[s]??(n[s]=Object.create(null))}n.end=t}return e}split(o){let e=[],t=o.length,n=0,r=0;for(;r<t;){let s=this.trie,a=null,i=r;for(;i<t&&(s=s[o[i]]);)s.end&&(a=s.end),++i;a?(r>n&&e.push(o.slice(n,r)),e.push(a),r+=a.length,n=r):++r}return n<t&&e.push(o.slice(n)),e}},$w=yF,wF=class{constructor(o){this.content=o.content,this.id=o.id,this.single_word=o.single_word??!1,this.lstrip=o.lstrip??!1,this.rstrip=o.rstrip??!1,this.special=o.special??!1,this.normalized=o.normalized??!this.special}},IF=wF,Mw=(o,e)=>{try{return new RegExp(o,e)}catch(t){if(!(t instanceof SyntaxError))throw t;let n=new Map,r=o.replace(/(\\[pP])\{([^}=]+)\}/g,(s,a,i,c)=>{let l=0;for(let p=c-1;p>=0&&o[p]==="\\";--p)++l;if(l%2===1)return s;let u=n.get(i);if(u===void 0){try{new RegExp(`\\p{${i}}`,"u"),u=i}catch{u=`Script=${i}`}n.set(i,u)}return`${a}{${u}}`});if(r===o)throw t;try{return new RegExp(r,e)}catch{throw t}}},id=o=>o.replace(/ \./g,".").replace(/ \?/g,"?").replace(/ \!/g,"!").replace(/ ,/g,",").replace(/ \' /g,"'").replace(/ n't/g,"n't").replace(/ 'm/g,"'m").replace(/ 's/g,"'s").replace(/ 've/g,"'ve").replace(/ 're/g,"'re"),dl=(o,e=!0)=>{if(o.Regex!==void 0){let t=QF(OF(o.Regex));return Mw(t,"gu")}else if(o.String!==void 0){let t=UF(o.String);return new RegExp(e?t:`(${t})`,"gu")}else return console.warn("Unknown pattern type:",o),null},Vn="\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}",Qw=`${Vn}\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE`,St=`[${Qw}]`,Uw=`[^${Qw}]`,kF=`(?:(?<!${St})(?=${St})|(?<=${St})(?!${St}))`,SF=`(?:(?<!${St})(?!${St})|(?<=${St})(?=${St}))`,EF="(?:(?<![\\s\\S])|(?<=\\n))",_F="(?:(?=\\n)|(?![\\s\\S]))",ka="0-9A-Fa-f",vF=new Map([["A","(?<![\\s\\S])"],["z","(?![\\s\\S])"],["Z","(?=\\n?(?![\\s\\S]))"],["h",`[${ka}]`],["H",`[^${ka}]`],["w",St],["W",Uw],["d","\\p{Nd}"],["D","\\P{Nd}"],["s","\\p{White_Space}"],["S","\\P{White_Space}"],["b",kF],["B",SF],["a","\\x07"],["e","\\x1B"]]),$F=new Map([["h",ka],["w",Vn],["d","\\p{Nd}"],["D","\\P{Nd}"],["s","\\p{White_Space}"],["S","\\P{White_Space}"],["a","\\x07"],["e","\\x1B"]]),RF=new Map([["W",`[^${Vn}]`],["H",`[^${ka}]`]]),Vw=new Map([[`
`,"\\n"],["\r","\\r"],["	","\\t"],["\f","\\f"],["\v","\\v"]]),NF=new Map([["alpha","\\p{Alphabetic}"],["alnum","\\p{Alphabetic}\\p{Nd}"],["digit","\\p{Nd}"],["lower","\\p{Lowercase}"],["upper","\\p{Uppercase}"],["space","\\p{White_Space}"],["blank","\\t\\p{Zs}"],["punct","\\p{P}\\p{S}"],["cntrl","\\p{Cc}"],["word",Vn],["xdigit",ka]]),zw="^$\\.*+?()[]{}|/",TF=/^\(\?(?:<[=!]|<[A-Za-z_][A-Za-z0-9_]*>|[:=!>])/,Ww=/^\\([pPxu])\{([^}]*)\}/,DF=/^\{(\d+(?:,\d*)?|,\d+)\}/,BF=/^\[:(\^?)(\p{Alphabetic}+):\]/u,FF=/^\[:\^:\]/,PF=/^\[(?:\.[^\]]*\.\]|=[^\]]*=\])/,Gw=/^(?:\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\c[A-Za-z])/,Hw=o=>o>="A"&&o<="Z"||o>="a"&&o<="z",ll=(o,e)=>String.fromCodePoint(o.codePointAt(e)),Rw=o=>{if(!/^[0-9A-Fa-f]{1,8}$/.test(o))return null;let e=Number.parseInt(o,16);if(e>127)return null;let t=String.fromCharCode(e);return Hw(t)?`[${t.toLowerCase()}${t.toUpperCase()}]`:null},OF=o=>o.replace(/\[\^\(\\s\|\[([^\]]+)\]\)\]/g,"[^()|\\s$1]"),qw="[\\s\\S]",Nw=256,Tw=()=>({fragment:"",alternatives:[],tail:null,contains_complex_set:!1}),cd=o=>{throw new SyntaxError(`Unsupported range with a set-valued character-class operand at index ${o}`)},ul=(o,e,t,n=!0)=>{o.tail==="range"&&cd(t),o.alternatives.push(e),o.tail="set",o.contains_complex_set=o.contains_complex_set||n},to=(o,e,t=!1,n=-1)=>{if(t&&o.tail==="range"&&cd(n),o.tail==="range"){o.fragment+=e,o.tail="complete_range";return}o.fragment+=e,o.tail=t?"set":"scalar",o.contains_complex_set=o.contains_complex_set||t},LF=(o,e,t)=>{let n=Ww.exec(o.slice(e));if(n){let[d,f,h]=n;if(f==="P"&&h==="Word")ul(t,`[^${Vn}]`,e);else{let m=f==="x"?`\\u{${h}}`:f==="p"&&h==="Word"?Vn:d;to(t,m,f==="p"||f==="P",e)}return e+d.length}let r=Gw.exec(o.slice(e));if(r)return to(t,r[0]),e+r[0].length;if(e+1>=o.length)throw new SyntaxError(`Unterminated escape in character class at index ${e}`);let s=ll(o,e+1),a=e+1+s.length,i=Vw.get(s);if(i!==void 0)return to(t,i),a;let c=RF.get(s);if(c!==void 0)return ul(t,c,e),a;let l=$F.get(s),u,p=!1;return l!==void 0?(u=l,p=s!=="a"&&s!=="e"):/[A-Za-z0-9]/.test(s)?u=`\\${s}`:zw.includes(s)||s==="-"?u=`\\${s}`:u=s,to(t,u,p,e),a},Kw=o=>o.length===1?o[0]:`(?:(?=(?:${o.join("|")}))${qw})`,Dw=o=>{let e=o.fragment.length===0?o.alternatives:[`[${o.fragment}]`,...o.alternatives];return Kw(e)},MF=o=>{let e=Mw(`^(?:${o})$`,"u"),t="";for(let n=0;n<26;++n){let r=String.fromCharCode(65+n),s=String.fromCharCode(97+n),a=e.test(r),i=e.test(s);a!==i&&(t+=a?s:r)}return t},Xw=(o,e,t,n=!0,r=1)=>{if(r>Nw)throw new SyntaxError(`Maximum character-class nesting depth of ${Nw} exceeded at index ${e}`);let s=e+1,a=o[s]==="^";a&&++s;let i=s,c=[Tw()],l=c[0],u=!1;for(;s<o.length;){let p=ll(o,s);if(p==="\\"){s=LF(o,s,l);continue}if(p==="]"){if(s===i){to(l,"\\]"),++s;continue}if(l.tail===null)throw c.length>1?new SyntaxError(`Malformed character-class intersection with an empty operand at index ${s}`):new SyntaxError(`Empty character class at index ${e}`);let d=c.some(x=>x.contains_complex_set);if(a&&c.length>1&&u)throw new SyntaxError(`Unsupported outer-negated character-class intersection with a nested negated class containing a Unicode property, POSIX class, or shorthand at index ${e}`);let f=Dw(c[0]),h=f;if(c.length>1){let x="";for(let b=1;b<c.length;++b)x+=`(?=${Dw(c[b])})`;h=`(?:${x}${f})`}let m=c.length===1&&l.alternatives.length===0,g=l.fragment;if(t&&n){let x=MF(h);x.length>0&&(m?(g+=x,h=`[${g}]`):h=Kw([h,`[${x}]`]))}return{atom:a?m?`[^${g}]`:`(?:(?!${h})${qw})`:h,end:s+1,negated:a,contains_complex_set:d,contains_nested_negated_complex_set:u}}if(o.startsWith("&&",s)){if(l.tail===null)throw new SyntaxError(`Malformed character-class intersection with an empty operand at index ${s}`);l=Tw(),c.push(l),s+=2;continue}if(p==="["){let d=o.slice(s);if(FF.test(d))throw new SyntaxError(`Malformed empty negated POSIX character class at index ${s}`);let f=BF.exec(d);if(f){let[,m,g]=f,A=NF.get(g);if(A===void 0)throw new SyntaxError(`Unsupported POSIX character class "${g}" at index ${s}`);if(t&&m&&(g==="lower"||g==="upper"))throw new SyntaxError(`Unsupported negated POSIX ${g} class inside an inline case-insensitive group`);m?ul(l,`[^${A}]`,s):to(l,A,!0,s),s+=f[0].length;continue}if(PF.test(d))throw new SyntaxError(`Unsupported POSIX collating or equivalence bracket expression at index ${s}`);let h=Xw(o,s,t,!1,r+1);ul(l,h.atom,s,h.contains_complex_set),u||(u=h.contains_nested_negated_complex_set||h.negated&&h.contains_complex_set),s=h.end;continue}if(p==="-"){let d=o[s+1]==="]"||o.startsWith("&&",s+1);l.tail==="set"&&!d&&cd(s),l.tail===null||l.tail==="range"||l.tail==="complete_range"||d?to(l,"\\-"):(l.fragment+="-",l.tail="range"),++s;continue}to(l,p==="^"&&l.fragment.length===0?"\\^":p),s+=p.length}throw new SyntaxError(`${c.length>1?"Unterminated character-class intersection":"Unterminated character class"} at index ${e}`)},QF=o=>{let e="",t=-1,n=!1,r=!1,s=[],a=i=>{t=e.length,e+=i,n=!1};for(let i=0;i<o.length;){let c=ll(o,i);if(c==="\\"){let l=Ww.exec(o.slice(i));if(l){let[m,g,A]=l,x=m;if(g==="x"){let b=`\\u{${A}}`;x=r?Rw(A)??b:b}else A==="Word"&&(x=g==="p"?St:Uw);a(x),i+=m.length;continue}let u=Gw.exec(o.slice(i));if(u){let m=u[0],g=r&&m[1]!=="c"?Rw(m.slice(2))??m:m;a(g),i+=m.length;continue}if(i+1>=o.length){e+=c;break}let p=ll(o,i+1);if(i+=1+p.length,p==="G")continue;let d=Vw.get(p);if(d!==void 0){a(d);continue}let f=vF.get(p),h;f!==void 0?h=f:/[A-Za-z0-9]/.test(p)?h=`\\${p}`:zw.includes(p)?h=`\\${p}`:h=p,a(h);continue}switch(c){case"[":{let l=Xw(o,i,r);a(l.atom),i=l.end;continue}case"]":a("\\]"),++i;continue;case".":a("[^\\n]"),++i;continue;case"^":a(EF),++i;continue;case"$":a(_F),++i;continue;case"(":{let l=o.startsWith("(?i:",i),u=l?"(?i:":TF.exec(o.slice(i))?.[0]??"(",p=l||u==="(?>"?"(?:":u;s.push([e.length,r]),l&&(r=!0),e+=p,n=!1,i+=u.length;continue}case")":e+=c,[t,r]=s.pop()??[-1,!1],n=!1,++i;continue;case"|":e+=c,t=-1,n=!1,++i;continue;case"{":{let l=DF.exec(o.slice(i));if(!l||t<0){a("\\{"),++i;continue}let u=l[1].startsWith(",")?`0${l[1]}`:l[1];i+=l[0].length;let p=o[i];p==="+"||p==="*"?(e=`${e.slice(0,t)}(?:${e.slice(t)}{${u}})${p}`,++i):e+=`{${u}}`,n=!0;continue}case"}":a("\\}"),++i;continue;case"+":if(n){++i;continue}e+=c,n=!0,++i;continue;case"*":case"?":e+=c,n=!0,++i;continue;default:a(r&&Hw(c)?`[${c.toLowerCase()}${c.toUpperCase()}]`:c),i+=c.length;continue}}return e},UF=o=>o.replace(/[.*+?^${}()|[\]\\]/g,"\\$&"),VF=(o,e,t)=>{let n=[],r=0;for(;r<o.length;){if(n.push(o[r]),(e.get(o[r])??t)!==t){++r;continue}for(;++r<o.length&&(e.get(o[r])??t)===t;)e.get(n.at(-1))!==t&&(n[n.length-1]+=o[r])}return n},zF=o=>o>=19968&&o<=40959||o>=13312&&o<=19903||o>=131072&&o<=173791||o>=173824&&o<=177983||o>=177984&&o<=178207||o>=178208&&o<=183983||o>=63744&&o<=64255||o>=194560&&o<=195103,WF=o=>Number.isInteger(o)||typeof o=="bigint",GF=o=>{let e=0;for(let t of o)++e;return e},HF=o=>jw(o.toLowerCase()),At=(...o)=>Array.prototype.concat.apply([],o),ld=o=>new Map(Object.entries(o)),qF=(o,e)=>{let t=[],n=0;for(let r of o.matchAll(e)){let s=r[0];n<r.index&&t.push(o.slice(n,r.index)),s.length>0&&t.push(s),n=r.index+s.length}return n<o.length&&t.push(o.slice(n)),t},jw=o=>o.replace(/\p{M}/gu,""),Bw=(o,e,t=[])=>{if(!o||Array.isArray(o)||typeof o!="object")return`${e} must be a valid object`;for(let n of t)if(!(n in o))return`${e} must contain a "${n}" property`;return null},KF=o=>o.match(/\S+/g)||[],XF=class{constructor(){let o=function(...e){return o._call(...e)};return Object.setPrototypeOf(o,new.target.prototype)}},Sa=XF,jF=class extends Sa{constructor(o){super(),this.config=o}_call(o){return this.normalize(o)}},Lt=jF,YF=class extends Lt{tokenize_chinese_chars(o){let e=[];for(let t=0;t<o.length;++t){let n=o[t],r=n.charCodeAt(0);zF(r)?(e.push(" "),e.push(n),e.push(" ")):e.push(n)}return e.join("")}strip_accents(o){return o.normalize("NFD").replace(/\p{Mn}/gu,"")}is_control(o){switch(o){case"	":case`
`:case"\r":return!1;default:return/^\p{Cc}|\p{Cf}|\p{Co}|\p{Cs}$/u.test(o)}}clean_text(o){let e=[];for(let t of o){let n=t.charCodeAt(0);n===0||n===65533||this.is_control(t)||(/^\s$/.test(t)?e.push(" "):e.push(t))}return e.join("")}normalize(o){return this.config.clean_text&&(o=this.clean_text(o)),this.config.handle_chinese_chars&&(o=this.tokenize_chinese_chars(o)),this.config.lowercase?(o=o.toLowerCase(),this.config.strip_accents!==!1&&(o=this.strip_accents(o))):this.config.strip_accents&&(o=this.strip_accents(o)),o}},JF=YF,ZF=class extends Lt{constructor(o){super(o),this.charsmap=o.precompiled_charsmap??null}normalize(o){return o=o.replace(/[\u0001-\u0008\u000B\u000E-\u001F\u007F\u008F\u009F]/gm,""),o=o.replace(/[\u0009\u000A\u000C\u000D\u00A0\u1680\u2000-\u200F\u2028\u2029\u202F\u205F\u2581\u3000\uFEFF\uFFFD]/gm," "),o.includes("～")?o=o.split("～").map(t=>t.normalize("NFKC")).join("～"):o=o.normalize("NFKC"),o}},eP=ZF,tP=class extends Lt{constructor(o){super(o),this.normalizers=(o.normalizers??[]).map(e=>Yw(e))}normalize(o){return this.normalizers.reduce((e,t)=>t?t.normalize(e):e,o)}},oP=tP,nP=class extends Lt{constructor(o){super(o),this.pattern=dl(this.config.pattern??{})}normalize(o){return this.pattern===null?o:o.replaceAll(this.pattern,this.config.content??"")}},rP=nP,sP=class extends Lt{constructor(){super(...arguments),this.form="NFC"}normalize(o){return o=o.normalize(this.form),o}},fl=sP,aP=class extends fl{constructor(){super(...arguments),this.form="NFC"}},iP=aP,cP=class extends fl{constructor(){super(...arguments),this.form="NFD"}},lP=cP,uP=class extends fl{constructor(){super(...arguments),this.form="NFKC"}},pP=uP,dP=class extends fl{constructor(){super(...arguments),this.form="NFKD"}},fP=dP,hP=class extends Lt{normalize(o){return this.config.strip_left&&this.config.strip_right?o=o.trim():(this.config.strip_left&&(o=o.trimStart()),this.config.strip_right&&(o=o.trimEnd())),o}},mP=hP,gP=class extends Lt{normalize(o){return jw(o)}},AP=gP,xP=class extends Lt{normalize(o){return o.toLowerCase()}},CP=xP,bP=class extends Lt{normalize(o){return o=this.config.prepend+o,o}},yP=bP;function wP(o){if(o===null)return null;switch(o.type){case"BertNormalizer":return new JF(o);case"Precompiled":return new eP(o);case"Sequence":return new oP(o);case"Replace":return new rP(o);case"NFC":return new iP(o);case"NFD":return new lP(o);case"NFKC":return new pP(o);case"NFKD":return new fP(o);case"Strip":return new mP(o);case"StripAccents":return new AP(o);case"Lowercase":return new CP(o);case"Prepend":return new yP(o);default:throw new Error(`Unknown Normalizer type: ${o.type}`)}}var Yw=wP,IP=class extends Sa{pre_tokenize(o,e){return(Array.isArray(o)?o.map(t=>this.pre_tokenize_text(t,e)):this.pre_tokenize_text(o,e)).flat()}_call(o,e){return this.pre_tokenize(o,e)}},xt=IP,Jw=(()=>{let o=[...Array.from({length:94},(r,s)=>s+33),...Array.from({length:12},(r,s)=>s+161),...Array.from({length:82},(r,s)=>s+174)],e=o.slice(),t=0;for(let r=0;r<256;++r)o.includes(r)||(o.push(r),e.push(256+t),t+=1);let n=e.map(r=>String.fromCharCode(r));return Object.fromEntries(o.map((r,s)=>[r,n[s]]))})(),kP=o=>Object.fromEntries(Object.entries(o).map(([e,t])=>[t,e])),SP=kP(Jw),pl="\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E",EP=class extends xt{constructor(o){super(),this.config=o,this.add_prefix_space=this.config.add_prefix_space??!1,this.trim_offsets=this.config.trim_offsets??!1,this.use_regex=this.config.use_regex??!0,this.pattern=/'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu,this.byte_encoder=Jw,this.text_encoder=new TextEncoder}pre_tokenize_text(o,e){return this.add_prefix_space&&!o.startsWith(" ")&&(o=" "+o),(this.use_regex?o.match(this.pattern)||[]:[o]).map(n=>Array.from(this.text_encoder.encode(n),r=>this.byte_encoder[r]).join(""))}},_P=EP,vP=class extends xt{pre_tokenize_text(o,e){return o.match(/\w+|[^\w\s]+/g)||[]}},$P=vP,RP=class extends xt{constructor(o){super(),this.replacement=o.replacement??"▁",this.str_rep=o.str_rep||this.replacement,this.prepend_scheme=o.prepend_scheme??"always"}pre_tokenize_text(o,e){let{section_index:t=void 0}=e??{},n=o.replaceAll(" ",this.str_rep);return!n.startsWith(this.replacement)&&(this.prepend_scheme==="always"||this.prepend_scheme==="first"&&t===0)&&(n=this.str_rep+n),[n]}},NP=RP,TP=class extends xt{constructor(o){super(),this.config=o,this.pattern=dl(this.config.pattern??{},this.config.invert??!0)}pre_tokenize_text(o){return this.pattern===null?[]:this.config.invert?(o.match(this.pattern)||[]).filter(e=>e):this.config.behavior?.toLowerCase()==="removed"?o.split(this.pattern).filter(e=>e):qF(o,this.pattern)}},DP=TP,BP=class extends xt{constructor(o){super(),this.config=o,this.pattern=new RegExp(`[^${pl}]+|[${pl}]+`,"gu")}pre_tokenize_text(o){return o.match(this.pattern)||[]}},FP=BP,PP=class extends xt{constructor(o){super(),this.config=o;let e=`[^\\d]+|\\d${this.config.individual_digits?"":"+"}`;this.pattern=new RegExp(e,"gu")}pre_tokenize_text(o){return o.match(this.pattern)||[]}},OP=PP,LP=class extends xt{constructor(){super(),this.pattern=new RegExp(`[^\\s${pl}]+|[${pl}]`,"gu")}pre_tokenize_text(o,e){return o.trim().match(this.pattern)||[]}},MP=LP,QP=class extends xt{constructor(o){super(),this.config=o,this.pattern=dl(this.config.pattern??{}),this.content=this.config.content??""}pre_tokenize_text(o){return this.pattern===null?[o]:[o.replaceAll(this.pattern,this.config.content??"")]}},UP=QP,VP=class extends xt{constructor(o){super(),this.tokenizers=(o.pretokenizers??[]).map(e=>Zw(e))}pre_tokenize_text(o,e){return this.tokenizers.reduce((t,n)=>n?n.pre_tokenize(t,e):t,[o])}},zP=VP,WP=class extends xt{pre_tokenize_text(o){return KF(o)}},GP=WP,HP=class extends xt{constructor(o){super(),this.config=o,this._length=o.length}pre_tokenize_text(o){let e=[];for(let t=0;t<o.length;t+=this._length)e.push(o.slice(t,t+this._length));return e}},qP=HP;function KP(o){if(o===null)return null;switch(o.type){case"BertPreTokenizer":return new MP;case"Sequence":return new zP(o);case"Whitespace":return new $P;case"WhitespaceSplit":return new GP;case"Metaspace":return new NP(o);case"ByteLevel":return new _P(o);case"Split":return new DP(o);case"Punctuation":return new FP(o);case"Digits":return new OP(o);case"Replace":return new UP(o);case"FixedLength":return new qP(o);default:throw new Error(`Unknown PreTokenizer type: ${o.type}`)}}var Zw=KP,XP=class extends Sa{constructor(o){super(),this.config=o,this.vocab=[],this.tokens_to_ids=new Map,this.unk_token_id=void 0,this.unk_token=void 0,this.end_of_word_suffix=void 0,this.fuse_unk=this.config.fuse_unk??!1}_call(o){let e=this.encode(o);return this.fuse_unk&&(e=VF(e,this.tokens_to_ids,this.unk_token_id)),e}},hl=XP,jP=class extends hl{constructor(o){super(o),this.max_input_chars_per_word=100,this.tokens_to_ids=ld(o.vocab),this.unk_token_id=this.tokens_to_ids.get(o.unk_token),this.unk_token=o.unk_token,this.max_input_chars_per_word=o.max_input_chars_per_word??100,this.vocab=new Array(this.tokens_to_ids.size);for(let[e,t]of this.tokens_to_ids)this.vocab[t]=e}encode(o){let e=[];for(let t of o){let n=[...t];if(n.length>this.max_input_chars_per_word){e.push(this.unk_token);continue}let r=!1,s=0,a=[];for(;s<n.length;){let i=n.length,c=null;for(;s<i;){let l=n.slice(s,i).join("");if(s>0&&(l=this.config.continuing_subword_prefix+l),this.tokens_to_ids.has(l)){c=l;break}--i}if(c===null){r=!0;break}a.push(c),s=i}r?e.push(this.unk_token):e.push(...a)}return e}},Fw=jP,Pw=class eI{constructor(e,t){this.is_leaf=e,this.children=t}static default(){return new eI(!1,new Map)}},YP=class{constructor(){this.root=Pw.default()}extend(o){for(let e of o)this.push(e)}push(o){let e=this.root;for(let t of o){let n=e.children.get(t);n===void 0&&(n=Pw.default(),e.children.set(t,n)),e=n}e.is_leaf=!0}*common_prefix_search(o,e=0){let t=this.root;if(t===void 0)return;let n="";for(let r=e;r<o.length;++r){let s=o[r];if(n+=s,t=t.children.get(s),t===void 0)return;t.is_leaf&&(yield n)}}},JP=YP,ad=class tI{constructor(e,t,n,r,s){this.token_id=e,this.node_id=t,this.pos=n,this.length=r,this.score=s,this.prev=null,this.backtrace_score=0}clone(){let e=new tI(this.token_id,this.node_id,this.pos,this.length,this.score);return e.prev=this.prev,e.backtrace_score=this.backtrace_score,e}},ZP=class{constructor(o,e,t){this.chars=Array.from(o),this.len=this.chars.length,this.bos_token_id=e,this.eos_token_id=t,this.nodes=[],this.begin_nodes=Array.from({length:this.len+1},()=>[]),this.end_nodes=Array.from({length:this.len+1},()=>[]);let n=new ad(this.bos_token_id??0,0,0,0,0),r=new ad(this.eos_token_id??0,1,this.len,0,0);this.nodes.push(n.clone()),this.nodes.push(r.clone()),this.begin_nodes[this.len].push(r),this.end_nodes[0].push(n)}insert(o,e,t,n){let r=this.nodes.length,s=new ad(n,r,o,e,t);this.begin_nodes[o].push(s),this.end_nodes[o+e].push(s),this.nodes.push(s)}viterbi(){let o=this.len,e=0;for(;e<=o;){if(this.begin_nodes[e].length==0)return[];for(let a of this.begin_nodes[e]){a.prev=null;let i=0,c=null;for(let l of this.end_nodes[e]){let u=l.backtrace_score+a.score;(c===null||u>i)&&(c=l.clone(),i=u)}if(c!==null)a.prev=c,a.backtrace_score=i;else return[]}++e}let t=[],r=this.begin_nodes[o][0].prev;if(r===null)return[];let s=r.clone();for(;s.prev!==null;)t.push(s.clone()),s=s.clone().prev.clone();return t.reverse(),t}piece(o){return this.chars.slice(o.pos,o.pos+o.length).join("")}tokens(){return this.viterbi().map(e=>this.piece(e))}token_ids(){return this.viterbi().map(e=>e.token_id)}},eO=ZP;function tO(o){if(o.length===0)throw new Error("Array must not be empty");let e=o[0],t=0;for(let n=1;n<o.length;++n)o[n]<e&&(e=o[n],t=n);return[e,t]}var oO=class extends hl{constructor(o,e){super(o);let t=o.vocab.length;this.vocab=new Array(t),this.scores=new Array(t);for(let n=0;n<t;++n)[this.vocab[n],this.scores[n]]=o.vocab[n];this.unk_token_id=o.unk_id,this.unk_token=this.vocab[o.unk_id],this.tokens_to_ids=new Map(this.vocab.map((n,r)=>[n,r])),this.bos_token=" ",this.bos_token_id=this.tokens_to_ids.get(this.bos_token),this.eos_token=e,this.eos_token_id=this.tokens_to_ids.get(this.eos_token),this.unk_token=this.vocab[this.unk_token_id],this.min_score=tO(this.scores)[0],this.unk_score=this.min_score-10,this.scores[this.unk_token_id]=this.unk_score,this.trie=new JP,this.trie.extend(this.vocab),this.fuse_unk=!0}populate_nodes(o){let e=o.chars,t=1,n=0;for(;n<e.length;){let r=!1,s=this.trie.common_prefix_search(e,n);for(let a of s){let i=this.tokens_to_ids.get(a),c=this.scores[i],l=GF(a);o.insert(n,l,c,i),!r&&l===t&&(r=!0)}r||o.insert(n,t,this.unk_score,this.unk_token_id),n+=t}}tokenize(o){let e=new eO(o,this.bos_token_id,this.eos_token_id);return this.populate_nodes(e),e.tokens()}encode(o){let e=[];for(let t of o){let n=this.tokenize(t);e.push(...n)}return e}},Ow=oO,nO=class{constructor(o=(t,n)=>t>n,e=1/0){this._heap=[],this._comparator=o,this._max_size=e}get size(){return this._heap.length}is_empty(){return this.size===0}peek(){return this._heap[0]}push(...o){return this.extend(o)}extend(o){for(let e of o)if(this.size<this._max_size)this._heap.push(e),this._sift_up();else{let t=this._smallest();this._comparator(e,this._heap[t])&&(this._heap[t]=e,this._sift_up_from(t))}return this.size}pop(){let o=this.peek(),e=this.size-1;return e>0&&this._swap(0,e),this._heap.pop(),this._sift_down(),o}replace(o){let e=this.peek();return this._heap[0]=o,this._sift_down(),e}_parent(o){return(o+1>>>1)-1}_left(o){return(o<<1)+1}_right(o){return o+1<<1}_greater(o,e){return this._comparator(this._heap[o],this._heap[e])}_swap(o,e){let t=this._heap[o];this._heap[o]=this._heap[e],this._heap[e]=t}_sift_up(){this._sift_up_from(this.size-1)}_sift_up_from(o){for(;o>0&&this._greater(o,this._parent(o));)this._swap(o,this._parent(o)),o=this._parent(o)}_sift_down(){let o=0;for(;this._left(o)<this.size&&this._greater(this._left(o),o)||this._right(o)<this.size&&this._greater(this._right(o),o);){let e=this._right(o)<this.size&&this._greater(this._right(o),this._left(o))?this._right(o):this._left(o);this._swap(o,e),o=e}}_smallest(){return 2**Math.floor(Math.log2(this.size))-1}},rO=nO,sO=class{constructor(o){this.capacity=o,this.cache=new Map}get(o){if(!this.cache.has(o))return;let e=this.cache.get(o);return this.cache.delete(o),this.cache.set(o,e),e}put(o,e){this.cache.has(o)&&this.cache.delete(o),this.cache.set(o,e),this.cache.size>this.capacity&&this.cache.delete(this.cache.keys().next().value)}clear(){this.cache.clear()}},aO=sO,iO=class extends hl{constructor(o){super(o),this.tokens_to_ids=ld(o.vocab),this.unk_token_id=this.tokens_to_ids.get(o.unk_token),this.unk_token=o.unk_token,this.vocab=new Array(this.tokens_to_ids.size);for(let[t,n]of this.tokens_to_ids)this.vocab[n]=t;let e=Array.isArray(o.merges[0]);this.merges=e?o.merges:o.merges.map(t=>t.split(" ",2)),this.bpe_ranks=new Map(this.merges.map((t,n)=>[JSON.stringify(t),n])),this.end_of_word_suffix=o.end_of_word_suffix,this.continuing_subword_suffix=o.continuing_subword_suffix??null,this.byte_fallback=this.config.byte_fallback??!1,this.byte_fallback&&(this.text_encoder=new TextEncoder),this.ignore_merges=this.config.ignore_merges??!1,this.max_length_to_cache=256,this.cache_capacity=1e4,this.cache=new aO(this.cache_capacity)}clear_cache(){this.cache.clear()}bpe(o){if(o.length===0)return[];let e=this.cache.get(o);if(e!==void 0)return e;let t=Array.from(o);this.end_of_word_suffix&&(t[t.length-1]+=this.end_of_word_suffix);let n=[];if(t.length>1){let r=new rO((i,c)=>i.score<c.score),s={token:t[0],bias:0,prev:null,next:null},a=s;for(let i=1;i<t.length;++i){let c={bias:i/t.length,token:t[i],prev:a,next:null};a.next=c,this.add_node(r,a),a=c}for(;!r.is_empty();){let i=r.pop();if(i.deleted||!i.next||i.next.deleted)continue;if(i.deleted=!0,i.next.deleted=!0,i.prev){let l={...i.prev};i.prev.deleted=!0,i.prev=l,l.prev?l.prev.next=l:s=l}let c={token:i.token+i.next.token,bias:i.bias,prev:i.prev,next:i.next.next};c.prev?(c.prev.next=c,this.add_node(r,c.prev)):s=c,c.next&&(c.next.prev=c,this.add_node(r,c))}for(let i=s;i!==null;i=i.next)n.push(i.token)}else n=t;if(this.continuing_subword_suffix)for(let r=0;r<n.length-1;++r)n[r]+=this.continuing_subword_suffix;return o.length<this.max_length_to_cache&&this.cache.put(o,n),n}add_node(o,e){let t=this.bpe_ranks.get(JSON.stringify([e.token,e.next.token]));t!==void 0&&(e.score=t+e.bias,o.push(e))}encode(o){let e=[];for(let t of o){if(this.ignore_merges&&this.tokens_to_ids.has(t)){e.push(t);continue}let n=this.bpe(t);for(let r of n)if(this.tokens_to_ids.has(r))e.push(r);else if(this.byte_fallback){let s=Array.from(this.text_encoder.encode(r)).map(a=>`<0x${a.toString(16).toUpperCase().padStart(2,"0")}>`);s.every(a=>this.tokens_to_ids.has(a))?e.push(...s):this.unk_token!=null&&e.push(this.unk_token)}else this.unk_token!=null&&e.push(this.unk_token)}return e}},Lw=iO,cO=class extends hl{constructor(o,e){super(o);let t=o.vocab;this.tokens_to_ids=ld(e.target_lang?t[e.target_lang]:t),this.bos_token=e.bos_token,this.bos_token_id=this.tokens_to_ids.get(this.bos_token),this.eos_token=e.eos_token,this.eos_token_id=this.tokens_to_ids.get(this.eos_token),this.pad_token=e.pad_token,this.pad_token_id=this.tokens_to_ids.get(this.pad_token),this.unk_token=e.unk_token,this.unk_token_id=this.tokens_to_ids.get(this.unk_token),this.vocab=new Array(this.tokens_to_ids.size);for(let[n,r]of this.tokens_to_ids)this.vocab[r]=n}encode(o){return o}},lO=cO;function uO(o,e){switch(o.type){case"WordPiece":return new Fw(o);case"Unigram":return new Ow(o,e.eos_token);case"BPE":return new Lw(o);default:if(o.vocab)return Array.isArray(o.vocab)?new Ow(o,e.eos_token):Object.hasOwn(o,"continuing_subword_prefix")&&Object.hasOwn(o,"unk_token")?Object.hasOwn(o,"merges")?new Lw(o):new Fw(o):new lO(o,{target_lang:e.target_lang,bos_token:e.bos_token,eos_token:e.eos_token,pad_token:e.pad_token,unk_token:e.unk_token});throw new Error(`Unknown TokenizerModel type: ${o?.type}`)}}var pO=uO,dO=class extends Sa{constructor(o){super(),this.config=o}_call(o,...e){return this.post_process(o,...e)}},Ea=dO,fO=class extends Ea{post_process(o,e=null,t=!0){let n=e===null?this.config.single:this.config.pair,r=[],s=[];for(let a of n)"SpecialToken"in a?t&&(r.push(a.SpecialToken.id),s.push(a.SpecialToken.type_id)):"Sequence"in a&&(a.Sequence.id==="A"?(r=At(r,o),s=At(s,new Array(o.length).fill(a.Sequence.type_id))):a.Sequence.id==="B"&&(r=At(r,e),s=At(s,new Array(e.length).fill(a.Sequence.type_id))));return{tokens:r,token_type_ids:s}}},hO=fO,mO=class extends Ea{post_process(o,e=null){return{tokens:o,tokens_pair:e}}},gO=mO,AO=class extends Ea{constructor(o){super(o),this.sep=o.sep,this.cls=o.cls}post_process(o,e=null,t=!0){t&&(o=At([this.cls[0]],o,[this.sep[0]]));let n=new Array(o.length).fill(0);if(e){let r=[],s=t?[this.sep[0]]:[];o=At(o,r,e,s),n=At(n,new Array(e.length+r.length+s.length).fill(1))}return{tokens:o,token_type_ids:n}}},xO=AO,CO=class extends Ea{constructor(o){super(o),this.sep=o.sep,this.cls=o.cls}post_process(o,e,t=!0){t&&(o=At([this.cls[0]],o,[this.sep[0]]));let n=new Array(o.length).fill(0);if(e){let r=t?[this.sep[0]]:[],s=t?[this.sep[0]]:[];o=At(o,r,e,s),n=At(n,new Array(e.length+r.length+s.length).fill(1))}return{tokens:o,token_type_ids:n}}},bO=CO,yO=class extends Ea{constructor(o){super(o),this.processors=(o.processors??[]).map(e=>oI(e))}post_process(o,e=null,t=!0){let n={tokens:o,tokens_pair:e};for(let r of this.processors)n=r.post_process(n.tokens,n.tokens_pair,t);return n}},wO=yO;function IO(o){if(o===null)return null;switch(o.type){case"TemplateProcessing":return new hO(o);case"ByteLevel":return new gO(o);case"BertProcessing":return new xO(o);case"RobertaProcessing":return new bO(o);case"Sequence":return new wO(o);default:throw new Error(`Unknown PostProcessor type: ${o.type}`)}}var oI=IO,kO=class extends Sa{constructor(o){super(),this.config=o,this.added_tokens=[],this.end_of_word_suffix=null,this.trim_offsets="trim_offsets"in o?o.trim_offsets:!1}_call(o){return this.decode(o)}decode(o){return this.decode_chain(o).join("")}},Et=kO,SO=class extends Et{constructor(o){super(o),this.byte_decoder=SP,this.text_decoder=new TextDecoder("utf-8",{fatal:!1,ignoreBOM:!0}),this.end_of_word_suffix=null}convert_tokens_to_string(o){let e=o.join(""),t=new Uint8Array([...e].map(n=>this.byte_decoder[n]));return this.text_decoder.decode(t)}decode_chain(o){let e=[],t=[];for(let n of o)this.added_tokens.find(r=>r.content===n)!==void 0?(t.length>0&&(e.push(this.convert_tokens_to_string(t)),t=[]),e.push(n)):t.push(n);return t.length>0&&e.push(this.convert_tokens_to_string(t)),e}},EO=SO,_O=class extends Et{constructor(o){super(o),this.cleanup=o.cleanup}decode_chain(o){return o.map((e,t)=>{if(t!==0){let n=this.config.prefix;n&&e.startsWith(n)?e=e.replace(n,""):e=" "+e}return this.cleanup&&(e=id(e)),e})}},vO=_O,$O=class extends Et{constructor(o){super(o),this.replacement=o.replacement??"▁"}decode_chain(o){let e=[];for(let t=0;t<o.length;++t){let n=o[t].replaceAll(this.replacement," ");t==0&&n.startsWith(" ")&&(n=n.substring(1)),e.push(n)}return e}},RO=$O,NO=class extends Et{constructor(o){super(o),this.suffix=o.suffix??""}decode_chain(o){return o.map((e,t)=>e.replaceAll(this.suffix,t===o.length-1?"":" "))}},TO=NO,DO=class extends Et{constructor(o){super(o),this.pad_token=o.pad_token??"",this.word_delimiter_token=o.word_delimiter_token??"",this.cleanup=o.cleanup}convert_tokens_to_string(o){if(o.length===0)return"";let e=[o[0]];for(let r=1;r<o.length;++r)o[r]!==e.at(-1)&&e.push(o[r]);let n=e.filter(r=>r!==this.pad_token).join("");return this.cleanup&&(n=id(n).replaceAll(this.word_delimiter_token," ").trim()),n}decode_chain(o){return[this.convert_tokens_to_string(o)]}},BO=DO,FO=class extends Et{constructor(o){super(o),this.decoders=(o.decoders??[]).map(e=>nI(e))}decode_chain(o){return this.decoders.reduce((e,t)=>t.decode_chain(e),o)}},PO=FO,OO=class extends Et{constructor(o){super(o),this.pattern=dl(this.config.pattern)}decode_chain(o){let e=this.config.content??"",t=this.pattern;return t===null?o:o.map(n=>n.replaceAll(t,e))}},LO=OO,MO=class extends Et{decode_chain(o){return[o.join("")]}},QO=MO,UO=class extends Et{constructor(o){super(o),this.content=o.content??"",this.start=o.start??0,this.stop=o.stop??0}decode_chain(o){return o.map(e=>{let t=0;for(let r=0;r<this.start&&e[r]===this.content;++r){t=r+1;continue}let n=e.length;for(let r=0;r<this.stop;++r){let s=e.length-r-1;if(e[s]===this.content){n=s;continue}else break}return e.slice(t,n)})}},VO=UO,zO=class extends Et{constructor(o){super(o),this.text_decoder=new TextDecoder}decode_chain(o){let e=[],t=[];for(let n of o){let r=null;if(n.length===6&&n.startsWith("<0x")&&n.endsWith(">")){let s=parseInt(n.slice(3,5),16);isNaN(s)||(r=s)}if(r!==null)t.push(r);else{if(t.length>0){let s=this.text_decoder.decode(Uint8Array.from(t));e.push(s),t=[]}e.push(n)}}if(t.length>0){let n=this.text_decoder.decode(Uint8Array.from(t));e.push(n),t=[]}return e}},WO=zO;function GO(o){if(o===null)return null;switch(o.type){case"ByteLevel":return new EO(o);case"WordPiece":return new vO(o);case"Metaspace":return new RO(o);case"BPEDecoder":return new TO(o);case"CTC":return new BO(o);case"Sequence":return new PO(o);case"Replace":return new LO(o);case"Fuse":return new QO(o);case"Strip":return new VO(o);case"ByteFallback":return new WO(o);default:throw new Error(`Unknown Decoder type: ${o.type}`)}}var nI=GO,HO=class{constructor(o,e){let t=Bw(o,"Tokenizer",["model","decoder","post_processor","pre_tokenizer","normalizer"]);if(t)throw new Error(t);let n=Bw(e,"Config");if(n)throw new Error(n);this.tokenizer=o,this.config=e,this.normalizer=Yw(this.tokenizer.normalizer),this.pre_tokenizer=Zw(this.tokenizer.pre_tokenizer),this.model=pO(this.tokenizer.model,this.config),this.post_processor=oI(this.tokenizer.post_processor),this.decoder=nI(this.tokenizer.decoder),this.special_tokens=[],this.all_special_ids=[],this.added_tokens=[];let r=[],s=[];this.added_tokens_map=new Map;for(let a of this.tokenizer.added_tokens){let i=new IF(a);if(this.added_tokens.push(i),this.model.tokens_to_ids.set(i.content,i.id),this.model.vocab[i.id]=i.content,i.special&&(this.special_tokens.push(i.content),this.all_special_ids.push(i.id)),this.added_tokens_map.set(i.content,i),i.normalized&&this.normalizer!==null){let c=this.normalizer(i.content);s.push(c),this.added_tokens_map.set(c,i)}else r.push(i.content)}(this.config.additional_special_tokens??[]).forEach(a=>{this.special_tokens.includes(a)||this.special_tokens.push(a)}),this.decoder&&(this.decoder.added_tokens=this.added_tokens,this.decoder.end_of_word_suffix=this.model.end_of_word_suffix),this.splitter_unnormalized=new $w(r),this.splitter_normalized=new $w(s),this.remove_space=this.config.remove_space,this.clean_up_tokenization_spaces=this.config.clean_up_tokenization_spaces??!0,this.do_lowercase_and_remove_accent=this.config.do_lowercase_and_remove_accent??!1}encode(o,{text_pair:e=null,add_special_tokens:t=!0,return_token_type_ids:n=null}={}){let{tokens:r,token_type_ids:s}=this.tokenize_helper(o,{text_pair:e,add_special_tokens:t}),a=r.map(c=>this.added_tokens_map.get(c)?.id??this.model.tokens_to_ids.get(c)??this.model.unk_token_id),i={ids:a,tokens:r,attention_mask:new Array(a.length).fill(1)};return n&&s&&(i.token_type_ids=s),i}decode(o,e={}){if(!Array.isArray(o)||o.length===0||!WF(o[0]))throw Error("token_ids must be a non-empty array of integers.");let t=o.map(r=>this.model.vocab[Number(r)]??this.model.unk_token);e.skip_special_tokens&&(t=t.filter(r=>!this.special_tokens.includes(r)));let n=this.decoder?this.decoder(t):t.join(" ");return this.decoder&&this.decoder.end_of_word_suffix&&(n=n.replaceAll(this.decoder.end_of_word_suffix," "),e.skip_special_tokens&&(n=n.trim())),(e.clean_up_tokenization_spaces??this.clean_up_tokenization_spaces)&&(n=id(n)),n}tokenize(o,{text_pair:e=null,add_special_tokens:t=!1}={}){return this.tokenize_helper(o,{text_pair:e,add_special_tokens:t}).tokens}encode_text(o){if(o===null)return null;let e=this.splitter_unnormalized.split(o);return e.forEach((t,n)=>{let r=this.added_tokens_map.get(t);r&&(r.lstrip&&n>0&&(e[n-1]=e[n-1].trimEnd()),r.rstrip&&n<e.length-1&&(e[n+1]=e[n+1].trimStart()))}),e.flatMap((t,n)=>{if(t.length===0)return[];if(this.added_tokens_map.has(t))return[t];if(this.remove_space===!0&&(t=t.trim().split(/\s+/).join(" ")),this.do_lowercase_and_remove_accent&&(t=HF(t)),this.normalizer!==null&&(t=this.normalizer(t)),t.length===0)return[];let r=this.splitter_normalized.split(t);return r.forEach((s,a)=>{let i=this.added_tokens_map.get(s);i&&(i.lstrip&&a>0&&(r[a-1]=r[a-1].trimEnd()),i.rstrip&&a<r.length-1&&(r[a+1]=r[a+1].trimStart()))}),r.flatMap(s=>{if(s.length===0)return[];if(this.added_tokens_map.has(s))return[s];let a=this.pre_tokenizer!==null?this.pre_tokenizer(s,{section_index:n}):[s];return this.model(a)})})}tokenize_helper(o,{text_pair:e=null,add_special_tokens:t=!0}){let n=this.encode_text(o),r=this.encode_text(e||null);return this.post_processor?this.post_processor(n,r,t):{tokens:At(n??[],r??[])}}token_to_id(o){return this.model.tokens_to_ids.get(o)}id_to_token(o){return this.model.vocab[o]}get_added_tokens_decoder(){let o=new Map;for(let e of this.added_tokens)o.set(e.id,e);return o}get_vocab(o=!0){let e=new Map;for(let t=0;t<this.model.vocab.length;++t){let n=this.model.vocab[t];(o||!this.added_tokens_map.has(n))&&e.set(n,t)}return e}},rI=HO;var Al="hf-tokenizers",sI=1,dd=2e3,ud=32,qO={normalizer:["NFC","NFD","NFKC","NFKD","Prepend","Replace","Sequence"],pre_tokenizer:["ByteLevel","Digits","Metaspace","Sequence","Split"],model:["BPE"],post_processor:["ByteLevel","Sequence","TemplateProcessing"],decoder:["ByteFallback","ByteLevel","Fuse","Replace","Sequence","Strip"]},pd={normalizer:"normalizers",pre_tokenizer:"pretokenizers",post_processor:"processors",decoder:"decoders"},KO=/'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\p{White_Space}\p{L}\p{N}]+|\p{White_Space}+(?!\P{White_Space})|\p{White_Space}+/gu,XO=/[^\p{N}]+|\p{N}/gu,iI=/^<0x([0-9A-Fa-f]{2})>$/;function _e(o){return new Error(`tokenizer: ${o}`)}function _a(o){return o===null?"null":Array.isArray(o)?"array":typeof o}function jO(o,e){let t=[[o,1]],n=0;for(;t.length;){let[r,s]=t.pop();if(!(r===null||typeof r!="object")){if(n=Math.max(n,s),n>e)return n;for(let a of Array.isArray(r)?r:Object.values(r))a!==null&&typeof a=="object"&&t.push([a,s+1])}}return n}function YO(o){for(let[t,n]of Object.entries(qO)){let r=(s,a)=>{if(s==null){if(t==="model")throw _e("tokenizer.json has no model");return}if(typeof s!="object"||typeof s.type!="string")throw _e(`tokenizer.json ${a} is ${_a(s)} without a "type"`);if(!n.includes(s.type))throw _e(`tokenizer.json ${a} is ${JSON.stringify(s.type)}, which emlx does not gate (supported: ${n.join(", ")})`);if(s.type==="Digits"&&s.individual_digits!==!0)throw _e(`tokenizer.json ${a}: Digits without individual_digits is not gated (only individual digits)`);if(s.type==="Split"&&!(String(s.behavior).toLowerCase()==="isolated"&&!s.invert))throw _e(`tokenizer.json ${a}: Split with behavior ${JSON.stringify(s.behavior)}${s.invert?", invert":""} is not gated (only "Isolated", not inverted)`);if(s.type==="Sequence"){let i=s[pd[t]];if(!Array.isArray(i))throw _e(`tokenizer.json ${a}.${pd[t]} is ${_a(i)}, expected an array`);i.forEach((c,l)=>r(c,`${a}.${pd[t]}[${l}]`))}};r(o[t],t)}let e=o.model;if(e.dropout!==void 0&&e.dropout!==null&&e.dropout!==0)throw _e(`tokenizer.json model.dropout is ${JSON.stringify(e.dropout)}: a random encoder cannot be gated; expected null`);for(let t of["continuing_subword_prefix","end_of_word_suffix"])if(e[t]!==void 0&&e[t]!==null&&e[t]!=="")throw _e(`tokenizer.json model.${t} is ${JSON.stringify(e[t])}, which emlx does not gate; expected null`)}function*ml(o,e=["tokenizers","normalizers","decoders","processors"]){let t=o?[o]:[];for(;t.length;){let n=t.pop();yield n;for(let r of e)Array.isArray(n[r])&&t.push(...n[r].filter(Boolean))}}function JO(o){let e=[],t=[],n=new TextDecoder("utf-8",{fatal:!0,ignoreBOM:!0}),r=()=>{if(t.length){try{e.push(n.decode(Uint8Array.from(t)))}catch{e.push("�".repeat(t.length))}t=[]}};for(let s of o){let a=iI.exec(s);a?t.push(parseInt(a[1],16)):(r(),e.push(s))}return r(),e}function*ZO(o){for(let[e,t]of[["pre_tokenizer",o.pre_tokenizer],["normalizer",o.normalizer],["decoder",o.decoder]])for(let n of ml(t))n.pattern instanceof RegExp&&n.config&&(n.config.type==="Split"||n.config.type==="Replace")&&(yield[n.pattern,`the ${e} pattern ${JSON.stringify(String(n.config.pattern?.Regex??n.pattern.source).slice(0,60))}`])}var gl=class{constructor(e){if(e.version!==sI)throw _e(`tokenizer block version ${JSON.stringify(e.version)}; this emlx reads version ${sI} of "${Al}" blocks (re-export the bundle)`);let t=e.tokenizer;if(t===null||typeof t!="object"||Array.isArray(t))throw _e(`block field "tokenizer" is ${_a(t)}, expected the tokenizer.json object`);if(jO(t,ud)>ud)throw _e(`tokenizer.json is nested more than ${ud} levels deep; expected a tokenizer.json as the tokenizers library writes it`);if(YO(t),!Array.isArray(t.added_tokens))throw _e(`tokenizer.json added_tokens is ${_a(t.added_tokens)}, expected an array`);if(this.nVocab=e.n_vocab,!Number.isInteger(this.nVocab)||this.nVocab<1)throw _e(`n_vocab is ${JSON.stringify(this.nVocab)}, expected a positive integer`);this._tj=t,this._all=this._build(t),this._noneLib=null;for(let[s,a]of ZO(this._all))il(s,a);this.specialTokens={};for(let s of t.added_tokens)s.special&&(this.specialTokens[s.content]=s.id);this.bosToken=e.bos_token??null,this.bosId=e.bos_id??null,this.eosIds=Array.isArray(e.eos_ids)?[...e.eos_ids]:[],this.addsBos=e.adds_bos===!0,this.chatTemplate=e.chat_template??null;for(let[s,a]of[["bos_id",this.bosId],...this.eosIds.map(i=>["eos_ids",i])])if(a!==null&&(!Number.isInteger(a)||a<0||a>=this.nVocab||this._all.id_to_token(a)===void 0))throw _e(`${s} ${JSON.stringify(a)} is not an id of this tokenizer.json`);let r=e.template;if(r){let s=this.encode("",{special:"all",template:!0}),a=[...r.prefix??[],...r.suffix??[]];if(JSON.stringify(s)!==JSON.stringify(a))throw _e(`the block's template adds ${JSON.stringify(a)} but tokenizer.json's post-processor adds ${JSON.stringify(s)}; re-export the bundle`)}this._byteRuns=[...ml(t.decoder)].some(s=>s.type==="ByteFallback")}_build(e){let t;try{t=new rI(e,{clean_up_tokenization_spaces:!1})}catch(n){throw _e(`tokenizer.json does not build a tokenizer (${String(n&&n.message?n.message:n).split(`
`)[0]})`)}return this._correct(t),t}get _none(){if(!this._noneLib){let e=this._tj,t=this._build({...e,added_tokens:e.added_tokens.filter(n=>!n.special)});for(let n of e.added_tokens)n.special&&!t.model.tokens_to_ids.has(n.content)&&t.model.tokens_to_ids.set(n.content,n.id);this._noneLib=t}return this._noneLib}_correct(e){for(let s of ml(e.pre_tokenizer))s.config&&s.config.type==="ByteLevel"&&s.use_regex&&(s.pattern=KO),s.config&&s.config.type==="Digits"&&(s.pattern=XO);for(let s of ml(e.decoder))s.config&&s.config.type==="ByteFallback"&&(s.decode_chain=JO);let t=this,n=(s,a)=>{if(!s)return;let i=s[a];s[a]=function(...l){return t._tick(),i.apply(this,l)}};n(e.normalizer,"_call"),n(e.pre_tokenizer,"_call"),n(e.model,"bpe");let r=e.model.add_node;if(typeof r=="function"){let s=0;e.model.add_node=function(...i){return(++s&1023)===0&&t._tick(),r.apply(this,i)}}}_tick(){if(this._deadline!==void 0&&aI()>this._deadline){let e=_e(`encode of a ${this._length}-character text ran past its ${this._budget} ms time budget; split the text, or raise the budget with {timeBudgetMs} (Infinity: none)`);throw e.code="EMLX_TOKENIZER_BUDGET",e}}encode(e,{special:t="none",template:n=!1,timeBudgetMs:r=dd}={}){if(t!=="all"&&t!=="none")throw _e(`special must be 'all' or 'none' for a tokenizer.json block, got ${JSON.stringify(t)}`);if(!(typeof r=="number"&&r>0))throw _e(`timeBudgetMs must be a positive number (Infinity: none), got ${JSON.stringify(r)}`);let s=t==="all"?this._all:this._none;this._budget=r,this._length=e.length,this._deadline=aI()+r;try{let{ids:a}=s.encode(e,{add_special_tokens:n===!0});for(let i=0;i<a.length;i++)if(!Number.isInteger(a[i]))throw _e(`token ${i} of the encoding has no id (${JSON.stringify(a[i])})`);return a}finally{this._deadline=void 0}}_checkIds(e){if(!Array.isArray(e))throw _e(`decode expects an array of ids, got ${_a(e)}`);for(let t of e)if(!Number.isInteger(t)||t<0||t>=this.nVocab||this._all.id_to_token(t)===void 0)throw _e(`id ${JSON.stringify(t)} is not in the vocabulary`)}decode(e,{skipSpecial:t=!1}={}){return this._checkIds(e),e.length===0?"":this._all.decode(e,{skip_special_tokens:t,clean_up_tokenization_spaces:!1})}decodeStream({skipSpecial:e=!1}={}){let t=[],n="",r=0,s=i=>i.length?this.decode(i,{skipSpecial:e}):"",a=i=>{if(this._checkIds([i]),t.push(i),this._byteRuns&&iI.test(this._all.id_to_token(i)))return"";let c=s(t);if(c.length<=n.length||c.endsWith("�")||!c.startsWith(n))return"";let l=c.slice(n.length),u=t.length-r;return t=t.slice(r),n=s(t),r=u,l};return{write:i=>{let c="";for(let l of typeof i=="number"?[i]:i)c+=a(l);return c},flush:()=>{let i=s(t),c=i.startsWith(n)?i.slice(n.length):i.slice(eL(i,n));return t=[],n="",r=0,c}}}dispose(){}};function eL(o,e){let t=0;for(;t<o.length&&t<e.length&&o[t]===e[t];)t++;return t}function aI(){return globalThis.performance?globalThis.performance.now():Date.now()}var lI={tiktoken:(o,e)=>new cl(o,e),[Al]:o=>new gl(o)};function cI(o){if(o===null||typeof o!="object"||Array.isArray(o))throw new Error("tokenizer: the bundle has no tokenizer block");let e=o.kind??"tiktoken";if(!Object.hasOwn(lI,e)||e==="tiktoken"&&"kind"in o)throw new Error(`tokenizer: block kind ${JSON.stringify(o.kind)} is not one this library reads (tiktoken blocks have no kind; "${Al}")`);return e}var fd=class o{constructor(e,t={}){this.kind=cI(e),this.block=e,this._impl=lI[this.kind](e,t);let n=this._impl;this.name=e.name??null,this.engine=n.engine??"@huggingface/tokenizers",this.specialTokens=n.specialTokens,this.bosToken=n.bosToken??null,this.bosId=n.bosId??null,this.nVocab=n.nVocab,this.eosIds=n.eosIds??[],this.addsBos=this.kind==="tiktoken"?this.bosId!=null:n.addsBos,this.chatTemplate=n.chatTemplate??null}static async create(e,t={}){if((t.engine??"js-tiktoken")==="tiktoken"&&!t.tiktokenModule&&cI(e)==="tiktoken"){let n="tiktoken/lite",r;try{r=await import(n)}catch(s){throw new Error(`tokenizer: engine 'tiktoken' needs the optional npm package "tiktoken" (${s.message})`)}t={...t,tiktokenModule:r.Tiktoken?r:r.default}}return new o(e,t)}static fromBundle(e,t={}){if(!e||!e.tokenizer)throw new Error("tokenizer: the bundle has no tokenizer block");return o.create(e.tokenizer,t)}encode(e,t={}){if(typeof e!="string")throw new Error(`tokenizer: encode expects a string, got ${typeof e}`);let n=t.special??t.allowedSpecial??"none",r=t.template??t.bos??!1;return this._impl.encode(e,{special:n,template:r,timeBudgetMs:t.timeBudgetMs??dd})}encodeOrdinary(e){return this.encode(e,{special:"none"})}decode(e,t={}){return this._impl.decode(Array.from(e),t)}decodeBytes(e){if(typeof this._impl.decodeBytes!="function")throw new Error(`tokenizer: decodeBytes is for tiktoken blocks; this is a ${this.kind} block (use decode)`);return this._impl.decodeBytes(e)}decodeStream(e={}){return this._impl.decodeStream(e)}dispose(){this._impl.dispose()}};var tL=new URL("./",import.meta.url).href;function rhe(o="cpu",e={}){return o==="wasm"&&e.wasmPaths==null&&(e={...e,wasmPaths:tL}),wa(o,e)}export{zp as BACKENDS,Ot as BUNDLE_FORMAT,Ca as BUNDLE_VERSION,tL as DIST_URL,$o as GPT,qb as SPEC_VERSION,fd as Tokenizer,Wc as backendInfo,Ny as computeWeightsSha256,tF as createModel,Vp as loadBundle,zc as openBundle,ha as parseSpec,rhe as setBackend,Jb as tapNames,at as tf};
/*! Bundled license information:

@tensorflow/tfjs-backend-cpu/dist/backend_cpu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BroadcastArgs.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Einsum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseFillEmptyRows.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseReshape.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentMean.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentSum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringNGrams.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringSplit.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringToHashBucketFast.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Transform.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BroadcastArgs.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Einsum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseFillEmptyRows.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseReshape.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseSegmentMean.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseSegmentSum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StringNGrams.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StringSplit.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StringToHashBucketFast.js:
@tensorflow/tfjs-backend-webgl/dist/transform_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Transform.js:
  (**
   * @license
   * Copyright 2021 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-cpu/dist/base.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LeakyRelu.js:
@tensorflow/tfjs-backend-cpu/dist/utils/fused_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Reshape.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AddN.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/All.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Any.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ArgMax.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ArgMin.js:
@tensorflow/tfjs-backend-cpu/dist/utils/pool_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool3D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool3DGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPoolGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BatchNorm.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BatchToSpaceND.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Bincount.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Imag.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Concat.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2DBackpropFilter.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2DBackpropInput.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3DBackpropFilterV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3DBackpropInputV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cos.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/CropAndResize.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cumsum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DenseBincount.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthToSpace.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNative.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNativeBackpropFilter.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNativeBackpropInput.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Diag.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2DBackpropFilter.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2DBackpropInput.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/EluGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ExpandDims.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RealDiv.js:
@tensorflow/tfjs-backend-cpu/dist/utils/fft_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FFT.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Fill.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FlipLeftRight.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FusedConv2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FusedDepthwiseConv2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherNd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IFFT.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LinSpace.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalAnd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalOr.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LRN.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LRNGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Max.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool3D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool3DGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolWithArgmax_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolWithArgmax.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Mean.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Min.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MirrorPad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Mod.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Softmax.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Multinomial.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV3.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV4.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/OneHot.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ZerosLike.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/OnesLike.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Pack.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/PadV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Pow.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Range.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeBilinear.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeBilinearGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeNearestNeighbor.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeNearestNeighborGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Reverse.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RotateWithOffset.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ScatterNd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Select.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SpaceToBatchND.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseToDense.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SplitV.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StridedSlice.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tile.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/TopK.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Unpack.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/UnsortedSegmentSum.js:
@tensorflow/tfjs-backend-cpu/dist/register_all_kernels.js:
@tensorflow/tfjs-backend-cpu/dist/index.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/shared.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Identity.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Complex.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LeakyRelu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Prelu.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/kernel_funcs_utils.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Multiply.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/reshape.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Reshape.js:
@tensorflow/tfjs-backend-webgl/dist/mean_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/reduce.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Transpose_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sum_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Transpose.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchMatMul_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Abs.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Acos.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Acosh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Add.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AddN.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/All.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Any.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/arg_min_max.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ArgMax.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ArgMin.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Asin.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Asinh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Atan.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Atan2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Atanh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPool.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPool3D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPool3DGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPoolGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchMatMul.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchNorm.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Slice.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchToSpaceND.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Bincount.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NotEqual.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Real.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/int.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cast.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Ceil.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ClipByValue.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ComplexAbs.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Imag.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Concat_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Concat.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2D_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2DBackpropFilter.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2DBackpropInput.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv3D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv3DBackpropFilterV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv3DBackpropInputV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cos.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cosh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/CropAndResize.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DenseBincount.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthToSpace.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthwiseConv2dNative.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthwiseConv2dNativeBackpropFilter.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthwiseConv2dNativeBackpropInput.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Diag.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Dilation2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Elu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/EluGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Equal.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Erf.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Exp.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Expm1.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FFT_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FFT.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Fill.js:
@tensorflow/tfjs-backend-webgl/dist/flip_left_right_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FlipLeftRight.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Floor.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FloorDiv.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FusedConv2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FusedDepthwiseConv2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/GatherNd.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/GatherV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Greater.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/GreaterEqual.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IFFT.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IsFinite.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IsInf.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IsNaN.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Less.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LessEqual.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LinSpace.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Log.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Log1p.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalAnd.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalNot.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalOr.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LRN.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LRNGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Max_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Max.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Maximum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPool.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPool3D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPool3DGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPoolGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPoolWithArgmax_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPoolWithArgmax.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Mean_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Mean.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Min.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Minimum.js:
@tensorflow/tfjs-backend-webgl/dist/mirror_pad_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/mirror_pad_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MirrorPad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Mod.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RealDiv.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sub.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Softmax.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Multinomial.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Neg.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NonMaxSuppressionV3.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NonMaxSuppressionV4.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NonMaxSuppressionV5.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/OneHot.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ZerosLike.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/OnesLike.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Pack.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/PadV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Pow.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Prod.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Range.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Reciprocal.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Relu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Relu6.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeBilinear.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeBilinearGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeNearestNeighbor.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeNearestNeighborGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Reverse.js:
@tensorflow/tfjs-backend-webgl/dist/rotate_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RotateWithOffset.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Round.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Rsqrt.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ScatterNd.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Select.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Selu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sigmoid.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sign.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sin.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sinh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Softplus.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SpaceToBatchND.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseToDense.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SplitV.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sqrt.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SquaredDifference.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Step.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StridedSlice.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Tan.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Tanh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Tile.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/TopK.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Unpack.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/UnsortedSegmentSum.js:
@tensorflow/tfjs-backend-webgl/dist/register_all_kernels.js:
@tensorflow/tfjs-backend-webgl/dist/index.js:
  (**
   * @license
   * Copyright 2020 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-cpu/dist/kernels/Elu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Prelu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Relu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Relu6.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BatchMatMul.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/_FusedMatMul.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Acos.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Acosh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Asin.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Asinh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Atan.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Atan2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Atanh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ClipByValue.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ComplexAbs.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cosh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Erf.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IsFinite.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IsInf.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IsNaN.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Log1p.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalNot.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Reciprocal.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Round.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Selu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sign.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sin.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sinh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Softplus.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Step.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tan.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tanh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Unique.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/_FusedMatMul.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ExpandDims.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Unique.js:
  (**
   * @license
   * Copyright 2020 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the License);
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an AS IS BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-cpu/dist/kernels/Cumprod.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedGather.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedTensorToTensor.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SearchSorted_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SearchSorted.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/TensorScatterUpdate.js:
@tensorflow/tfjs-backend-webgl/dist/conv_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cum_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cumprod.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cumsum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RaggedGather.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RaggedTensorToTensor.js:
@tensorflow/tfjs-backend-webgl/dist/search_sorted_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SearchSorted.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/TensorScatterUpdate.js:
  (**
   * @license
   * Copyright 2022 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-cpu/dist/kernels/Draw.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BitwiseAnd.js:
@tensorflow/tfjs-backend-webgl/dist/conv_backprop_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/scatter_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StaticRegexReplace.js:
  (**
   * @license
   * Copyright 2023 Google LLC.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV5.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Square.js:
@tensorflow/tfjs-backend-webgl/dist/flags_webgl.js:
@tensorflow/tfjs-backend-webgl/dist/decode_matrix_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/decode_matrix_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/transpose_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/addn_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/addn_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/argminmax_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/slice_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/concat_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/im2col_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/diag_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/fill_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FromPixels.js:
@tensorflow/tfjs-backend-webgl/dist/lrn_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/pad_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_bilinear_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_nearest_neighbor_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reverse_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Square.js:
  (**
   * @license
   * Copyright 2019 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedRange.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RaggedRange.js:
  (**
   * @license
   * Copyright 2022 Google LLC.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-webgl/dist/canvas_util.js:
@tensorflow/tfjs-backend-webgl/dist/glsl_version.js:
@tensorflow/tfjs-backend-webgl/dist/shader_compiler_util.js:
@tensorflow/tfjs-backend-webgl/dist/encode_float_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/encode_float_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/encode_matrix_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/encode_matrix_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/packing_util.js:
@tensorflow/tfjs-backend-webgl/dist/pack_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reshape_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/unaryop_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/unpack_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/binaryop_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/mulmat_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/binaryop_complex_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/batchnorm_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/clip_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/complex_abs_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/depth_to_space_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_packed_gpu_depthwise.js:
@tensorflow/tfjs-backend-webgl/dist/conv_backprop_gpu_depthwise.js:
@tensorflow/tfjs-backend-webgl/dist/fft_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FromPixels_utils/from_pixels_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FromPixels_utils/from_pixels_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/lrn_grad_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_bilinear_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_nearest_neighbor_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_nearest_neighbor_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/scatter_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/segment_gpu.js:
  (**
   * @license
   * Copyright 2018 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-webgl/dist/tex_util.js:
@tensorflow/tfjs-backend-webgl/dist/webgl_util.js:
@tensorflow/tfjs-backend-webgl/dist/shader_compiler.js:
@tensorflow/tfjs-backend-webgl/dist/gpgpu_math.js:
@tensorflow/tfjs-backend-webgl/dist/gpgpu_util.js:
@tensorflow/tfjs-backend-webgl/dist/gpgpu_context.js:
@tensorflow/tfjs-backend-webgl/dist/texture_manager.js:
@tensorflow/tfjs-backend-webgl/dist/unaryop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/backend_webgl.js:
@tensorflow/tfjs-backend-webgl/dist/binaryop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reduce_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/transpose_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/argminmax_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/pool_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/avg_pool_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/batchnorm_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/slice_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/clip_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/concat_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/crop_and_resize_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_gpu_depthwise.js:
@tensorflow/tfjs-backend-webgl/dist/dilation_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/gather_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/lrn_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/max_pool_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/multinomial_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/onehot_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/pad_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_bilinear_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reverse_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/select_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/strided_slice_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/tile_gpu.js:
  (**
   * @license
   * Copyright 2017 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-webgl/dist/base.js:
  (**
   * @license
   * Copyright 2020 Google Inc. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)
*/
